package dk.kernebot.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Compares field paths by where the schema declares each field, following {@code properties}, {@code items} and
 * local {@code $ref}s. A name the schema does not declare sorts before the declared ones; positions sort by number.
 */
final class FieldOrder implements Comparator<FieldPath> {

    private static final int UNDECLARED = -1;

    private final JsonNode root;

    FieldOrder(JsonNode root) {
        this.root = root;
    }

    @Override
    public int compare(FieldPath a, FieldPath b) {
        List<Integer> left = key(a);
        List<Integer> right = key(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int byPosition = Integer.compare(left.get(i), right.get(i));
            if (byPosition != 0) {
                return byPosition;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private List<Integer> key(FieldPath path) {
        List<Integer> key = new ArrayList<>(path.size());
        JsonNode schema = root;
        for (int i = 0; i < path.size(); i++) {
            schema = resolve(schema);
            String name = path.name(i);
            if (name == null) {
                key.add(path.index(i));
                schema = schema == null ? null : schema.get("items");
                continue;
            }
            JsonNode properties = schema == null ? null : schema.get("properties");
            int declared = UNDECLARED;
            if (properties != null) {
                int position = 0;
                for (String property : properties.propertyNames()) {
                    if (property.equals(name)) {
                        declared = position;
                        break;
                    }
                    position++;
                }
            }
            key.add(declared);
            schema = declared == UNDECLARED ? null : properties.get(name);
        }
        return key;
    }

    /** Follows {@code "$ref": "#/..."} within the same schema; other references are not ordered. */
    private JsonNode resolve(JsonNode schema) {
        for (int hops = 0; schema != null && schema.has("$ref") && hops < 16; hops++) {
            String ref = schema.get("$ref").asString();
            schema = ref.startsWith("#") ? root.at(ref.substring(1)) : null;
            if (schema != null && schema.isMissingNode()) {
                schema = null;
            }
        }
        return schema;
    }
}
