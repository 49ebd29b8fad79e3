package dk.kernebot.cards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The card renderer as it was before templates were compiled (commit 9f3a0ed): it walks the template tree on every
 * render and finds expressions with a regular expression. Kept, unchanged, only as the oracle that
 * {@link CompiledRenderingTest} holds the compiled {@link CardRenderer} to, byte for byte and error for error.
 */
final class ReferenceRenderer {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern WHOLE = Pattern.compile("\\$\\{([^}]*)}");

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, JsonNode> templates = new ConcurrentHashMap<>();

    /** Expands {@code cards/<templateName>.json} with the data (records, maps, lists and plain values). */
    public String render(String templateName, Object data) {
        JsonNode template = templates.computeIfAbsent(templateName, this::load);
        return json.writeValueAsString(expand(templateName, template, json.valueToTree(data)));
    }

    /** Expands a template given as JSON text with data given as JSON text (for tests and tools). */
    public String renderJson(String name, String templateJson, String dataJson) {
        return json.writeValueAsString(expand(name, json.readTree(templateJson), json.readTree(dataJson)));
    }

    JsonNode expand(String name, JsonNode template, JsonNode data) {
        try {
            List<JsonNode> result = expandNode(template, new ReferenceExpression.Scope(data, data, null));
            if (result.size() != 1) {
                throw new CardTemplateException(name, "the card itself must not use $data or $when");
            }
            return result.get(0);
        } catch (ReferenceExpression.UnboundException e) {
            throw new CardTemplateException(name, e.getMessage());
        }
    }

    /** One template node becomes zero (dropped by $when), one, or many ($data over an array) nodes. */
    private List<JsonNode> expandNode(JsonNode node, ReferenceExpression.Scope scope) {
        if (node.isObject()) {
            return expandObject((ObjectNode) node, scope);
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode element : node) {
                expandNode(element, scope).forEach(out::add);
            }
            return List.of(out);
        }
        if (node.isString()) {
            return List.of(expandString(node.asString(), scope));
        }
        return List.of(node);
    }

    private List<JsonNode> expandObject(ObjectNode node, ReferenceExpression.Scope scope) {
        if (node.has("$data")) {
            JsonNode bound = bind(node.get("$data"), scope);
            ObjectNode body = node.deepCopy();
            body.remove("$data");
            if (bound.isArray()) {
                List<JsonNode> copies = new java.util.ArrayList<>();
                for (int i = 0; i < bound.size(); i++) {
                    copies.addAll(expandObject(body, new ReferenceExpression.Scope(bound.get(i), scope.root(), i)));
                }
                return copies;
            }
            return expandObject(body, new ReferenceExpression.Scope(bound, scope.root(), scope.index()));
        }
        if (node.has("$when")) {
            JsonNode condition = bind(node.get("$when"), scope);
            if (!ReferenceExpression.truthy(condition)) {
                return List.of();
            }
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (property.getKey().equals("$when")) {
                continue;
            }
            List<JsonNode> value = expandNode(property.getValue(), scope);
            if (!value.isEmpty()) {
                out.set(property.getKey(), value.get(0));
            }
        }
        return List.of(out);
    }

    private JsonNode bind(JsonNode value, ReferenceExpression.Scope scope) {
        return value.isString() ? expandString(value.asString(), scope) : value;
    }

    private JsonNode expandString(String text, ReferenceExpression.Scope scope) {
        Matcher whole = WHOLE.matcher(text);
        if (whole.matches()) {
            return ReferenceExpression.evaluate(whole.group(1).strip(), scope);
        }
        Matcher parts = EXPRESSION.matcher(text);
        if (!parts.find()) {
            return JsonNodeFactory.instance.stringNode(text);
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(text, last, parts.start());
            JsonNode value = ReferenceExpression.evaluate(parts.group(1).strip(), scope);
            out.append(value.isString() ? value.asString() : value.isValueNode() ? value.asString() : value.toString());
            last = parts.end();
        } while (parts.find());
        out.append(text.substring(last));
        return JsonNodeFactory.instance.stringNode(out.toString());
    }

    private JsonNode load(String templateName) {
        String resource = "cards/" + templateName + ".json";
        try (InputStream in = ReferenceRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CardTemplateException(templateName, "no such template on the classpath (" + resource + ")");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
