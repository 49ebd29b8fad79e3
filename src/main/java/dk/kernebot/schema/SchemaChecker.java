package dk.kernebot.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks JSON documents against one JSON Schema (draft 2020-12) from the classpath, with networknt's validator, and
 * returns every problem at once, in the order the schema declares the fields (see {@link #fieldOrder()}), so a person
 * fixes a file in one round. The schema is the published one, so an editor shows the same problems as it is typed.
 */
public final class SchemaChecker {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Schema schema;
    private final FieldOrder order;

    private SchemaChecker(Schema schema, JsonNode schemaNode) {
        this.schema = schema;
        this.order = new FieldOrder(schemaNode);
    }

    /** Loads and compiles a schema such as {@code schemas/deck.schema.json}; a missing or broken one fails at once. */
    public static SchemaChecker fromClasspath(String location) {
        try (InputStream in = SchemaChecker.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("No schema on the classpath at " + location);
            }
            JsonNode schemaNode = JsonMapper.builder().build().readTree(in);
            Schema schema = REGISTRY.getSchema(schemaNode);
            schema.initializeValidators();
            return new SchemaChecker(schema, schemaNode);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema " + location, e);
        }
    }

    /** Every way the document breaks the schema; empty when it keeps it. */
    public List<SchemaProblem> check(JsonNode document) {
        List<SchemaProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            problems.add(problem(error));
        }
        problems.sort(Comparator.comparing(SchemaProblem::field, order));
        return problems;
    }

    /**
     * Orders fields as the schema declares them: a parent before its fields, an object's unknown fields first (they
     * are often a misspelt known one), then its known fields in declaration order, list items by position. A format
     * sorts its own domain problems with it to list them among the schema's.
     */
    public Comparator<FieldPath> fieldOrder() {
        return order;
    }

    private static SchemaProblem problem(Error error) {
        FieldPath at = path(error.getInstanceLocation());
        JsonNode rule = error.getSchemaNode();
        String limit = rule == null ? null : rule.isValueNode() ? rule.asString() : rule.toString();
        return switch (error.getKeyword()) {
            case "required" -> new SchemaProblem(at.child(error.getProperty()), SchemaProblem.Code.MISSING, null);
            case "additionalProperties", "unevaluatedProperties" ->
                    new SchemaProblem(error.getProperty() == null ? at : at.child(error.getProperty()),
                            SchemaProblem.Code.UNKNOWN_FIELD, null);
            case "type" -> new SchemaProblem(at, SchemaProblem.Code.WRONG_TYPE, types(rule));
            case "minLength" -> new SchemaProblem(at, SchemaProblem.Code.TOO_SHORT, limit);
            case "maxLength" -> new SchemaProblem(at, SchemaProblem.Code.TOO_LONG, limit);
            case "pattern" -> new SchemaProblem(at, SchemaProblem.Code.NO_MATCH, limit);
            case "minItems" -> new SchemaProblem(at, SchemaProblem.Code.TOO_FEW, limit);
            case "maxItems" -> new SchemaProblem(at, SchemaProblem.Code.TOO_MANY, limit);
            case "minimum", "exclusiveMinimum" -> new SchemaProblem(at, SchemaProblem.Code.TOO_SMALL, limit);
            case "maximum", "exclusiveMaximum" -> new SchemaProblem(at, SchemaProblem.Code.TOO_LARGE, limit);
            case "enum", "const" -> new SchemaProblem(at, SchemaProblem.Code.NOT_ALLOWED, limit);
            default -> new SchemaProblem(at, SchemaProblem.Code.OTHER, error.getMessage());
        };
    }

    private static String types(JsonNode type) {
        if (type == null) {
            return null;
        }
        if (!type.isArray()) {
            return type.asString();
        }
        List<String> names = new ArrayList<>();
        type.forEach(t -> names.add(t.asString()));
        return String.join(",", names);
    }

    private static FieldPath path(NodePath location) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            segments.add(location.getElement(i));
        }
        return new FieldPath(segments);
    }
}
