package dk.kernebot.cards;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kernebot.cards.TemplateExpression.Scope;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A card template taken apart once: parts that never change are kept as finished JSON text, strings with
 * {@code ${...}} as parsed expressions, and objects with {@code $data} / {@code $when} as the loops and conditions
 * they stand for. A render then writes the card straight to JSON text, evaluating only the expressions and never
 * building the expanded tree. The output is character for character what expanding the template tree and then
 * serialising it with the same {@link JsonMapper} gives, and expressions are evaluated in the same order, so a
 * render fails where and how it always did (see {@code CompiledRenderingTest}).
 */
final class CompiledTemplate {

    private final String name;
    private final Part root;

    private CompiledTemplate(String name, Part root) {
        this.name = name;
        this.root = root;
    }

    static CompiledTemplate compile(String name, JsonNode template, JsonMapper json) {
        if (template.isObject() && (template.has("$data") || template.has("$when"))) {
            throw new CardTemplateException(name, "the card itself must not use $data or $when");
        }
        return new CompiledTemplate(name, part(template, json));
    }

    String render(JsonNode data, JsonMapper json) {
        Writer text = new java.io.StringWriter(4096);
        try (JsonGenerator out = json.createGenerator(text)) {
            root.writeEach(new Scope(data, data, null), out);
        } catch (TemplateExpression.UnboundException e) {
            throw new CardTemplateException(name, e.getMessage());
        }
        return text.toString();
    }

    private static Part part(JsonNode node, JsonMapper json) {
        if (!hasExpressions(node)) {
            return new Fixed(json.writeValueAsString(node));
        }
        if (node.isString()) {
            return new Bound(TemplateText.compile(node.asString()));
        }
        if (node.isArray()) {
            List<Part> elements = new ArrayList<>();
            node.forEach(element -> elements.add(part(element, json)));
            return new Array(List.copyOf(elements));
        }
        List<SerializableString> names = new ArrayList<>();
        List<Part> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!property.getKey().equals("$data") && !property.getKey().equals("$when")) {
                names.add(new SerializedString(property.getKey()));
                values.add(part(property.getValue(), json));
            }
        }
        return new ObjectPart(binding(node.get("$data")), binding(node.get("$when")), List.copyOf(names),
                List.copyOf(values));
    }

    /** {@code $data} and {@code $when} bind a string as an expression and take any other value as it is. */
    private static TemplateExpression binding(JsonNode value) {
        if (value == null) {
            return null;
        }
        TemplateExpression expression = value.isString() ? TemplateText.compile(value.asString()) : null;
        return expression != null ? expression : TemplateExpression.literal(value);
    }

    private static boolean hasExpressions(JsonNode node) {
        if (node.isString()) {
            return TemplateText.compile(node.asString()) != null;
        }
        if (node.isObject() && (node.has("$data") || node.has("$when"))) {
            return true;
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                if (hasExpressions(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One template value; only an object with {@code $data} or {@code $when} can stand for other than one value. */
    private interface Part {

        /** Writes every value this part expands to (inside an array, they all take its place). */
        void writeEach(Scope scope, JsonGenerator out);

        /** Writes the property with the first value this part expands to, or leaves it out if there is none. */
        default void writeProperty(SerializableString name, Scope scope, JsonGenerator out) {
            out.writeName(name);
            writeEach(scope, out);
        }
    }

    /** Template text without expressions, serialised once. */
    private record Fixed(String json) implements Part {
        @Override
        public void writeEach(Scope scope, JsonGenerator out) {
            out.writeRawValue(json);
        }
    }

    private record Bound(TemplateExpression expression) implements Part {
        @Override
        public void writeEach(Scope scope, JsonGenerator out) {
            JsonNode value = expression.evaluate(scope);
            if (value.isString()) {
                out.writeString(value.asString());
            } else {
                out.writeTree(value);
            }
        }
    }

    private record Array(List<Part> elements) implements Part {
        @Override
        public void writeEach(Scope scope, JsonGenerator out) {
            out.writeStartArray();
            for (Part element : elements) {
                element.writeEach(scope, out);
            }
            out.writeEndArray();
        }
    }

    /** An object, repeated per element of its {@code $data} and kept only where its {@code $when} holds. */
    private record ObjectPart(TemplateExpression data, TemplateExpression when, List<SerializableString> names,
                              List<Part> values) implements Part {

        @Override
        public void writeEach(Scope scope, JsonGenerator out) {
            for (Scope each : scopes(scope)) {
                writeIfWanted(each, out);
            }
        }

        /**
         * A property holds one value, so only the first copy is written; the others are still expanded (into
         * nothing) because a mistake in them has always failed the render.
         */
        @Override
        public void writeProperty(SerializableString name, Scope scope, JsonGenerator out) {
            JsonGenerator discard = null;
            boolean written = false;
            for (Scope each : scopes(scope)) {
                if (written) {
                    if (discard == null) {
                        discard = out.objectWriteContext().createGenerator(Writer.nullWriter());
                    }
                    writeIfWanted(each, discard);
                } else if (wanted(each)) {
                    out.writeName(name);
                    writeObject(each, out);
                    written = true;
                }
            }
        }

        private List<Scope> scopes(Scope scope) {
            if (data == null) {
                return List.of(scope);
            }
            JsonNode bound = data.evaluate(scope);
            if (!bound.isArray()) {
                return List.of(new Scope(bound, scope.root(), scope.index()));
            }
            List<Scope> copies = new ArrayList<>(bound.size());
            for (int i = 0; i < bound.size(); i++) {
                copies.add(new Scope(bound.get(i), scope.root(), i));
            }
            return copies;
        }

        private void writeIfWanted(Scope scope, JsonGenerator out) {
            if (wanted(scope)) {
                writeObject(scope, out);
            }
        }

        private boolean wanted(Scope scope) {
            return when == null || TemplateExpression.truthy(when.evaluate(scope));
        }

        private void writeObject(Scope scope, JsonGenerator out) {
            out.writeStartObject();
            for (int i = 0; i < names.size(); i++) {
                values.get(i).writeProperty(names.get(i), scope, out);
            }
            out.writeEndObject();
        }
    }
}
