package dk.kernebot.cards;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A string in a template, split once into literal text and {@code ${...}} slots. The rules are those of the
 * pattern {@code \$\{([^}]*)}} the renderer used to apply on every render: a slot runs from {@code ${} to the next
 * {@code }}; a string that is exactly one slot binds the value with its type; text without a closed slot is
 * plain text.
 */
final class TemplateText {

    private TemplateText() {
    }

    /** The expression a template string stands for, or null when it is plain text with nothing to bind. */
    static TemplateExpression compile(String text) {
        int open = text.indexOf("${");
        int close = open < 0 ? -1 : text.indexOf('}', open + 2);
        if (close < 0) {
            return null;
        }
        if (open == 0 && close == text.length() - 1) {
            return ExpressionParser.parse(text.substring(2, close).strip());
        }
        List<Object> pieces = new ArrayList<>();
        int last = 0;
        while (open >= 0 && close >= 0) {
            if (open > last) {
                pieces.add(text.substring(last, open));
            }
            pieces.add(ExpressionParser.parse(text.substring(open + 2, close).strip()));
            last = close + 1;
            open = text.indexOf("${", last);
            close = open < 0 ? -1 : text.indexOf('}', open + 2);
        }
        if (last < text.length()) {
            pieces.add(text.substring(last));
        }
        return new Interpolation(List.copyOf(pieces));
    }

    /** Literal text (String) and slots (TemplateExpression), in order; a slot's value is written into the text. */
    record Interpolation(List<Object> pieces) implements TemplateExpression {

        @Override
        public JsonNode evaluate(Scope scope) {
            StringBuilder out = new StringBuilder();
            for (Object piece : pieces) {
                if (piece instanceof TemplateExpression slot) {
                    JsonNode value = slot.evaluate(scope);
                    out.append(value.isValueNode() ? value.asString() : value.toString());
                } else {
                    out.append((String) piece);
                }
            }
            return JsonNodeFactory.instance.stringNode(out.toString());
        }
    }
}
