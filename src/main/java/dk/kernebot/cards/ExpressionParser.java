package dk.kernebot.cards;

import java.util.ArrayList;
import java.util.List;

import dk.kernebot.cards.TemplateExpression.And;
import dk.kernebot.cards.TemplateExpression.Equal;
import dk.kernebot.cards.TemplateExpression.Index;
import dk.kernebot.cards.TemplateExpression.Not;
import dk.kernebot.cards.TemplateExpression.Or;
import dk.kernebot.cards.TemplateExpression.Path;
import dk.kernebot.cards.TemplateExpression.UnboundException;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Parses the text inside {@code ${...}} into a {@link TemplateExpression}: {@code ||} binds loosest, then
 * {@code &&}, then one {@code ==} or {@code !=}, then {@code !} and parentheses. Text that does not parse becomes an
 * expression that fails when evaluated, with the parser's message, so a mistake in a branch that {@code $when} drops
 * stays as harmless as it was when expressions were parsed during the render.
 */
final class ExpressionParser {

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    static TemplateExpression parse(String expression) {
        try {
            return new ExpressionParser(expression).whole();
        } catch (UnboundException e) {
            return new TemplateExpression.Broken(e.getMessage());
        } catch (RuntimeException e) {
            // A malformed number or index: a template mistake like any other, named as one.
            return new TemplateExpression.Broken(
                    "unsupported expression '" + expression + "' (" + e.getMessage() + ")");
        }
    }

    private TemplateExpression whole() {
        TemplateExpression expression = or();
        skipSpaces();
        if (pos != text.length()) {
            throw new UnboundException("unsupported expression '" + text + "'");
        }
        return expression;
    }

    private TemplateExpression or() {
        TemplateExpression left = and();
        while (consume("||")) {
            left = new Or(left, and());
        }
        return left;
    }

    private TemplateExpression and() {
        TemplateExpression left = comparison();
        while (consume("&&")) {
            left = new And(left, comparison());
        }
        return left;
    }

    private TemplateExpression comparison() {
        TemplateExpression left = unary();
        if (consume("==")) {
            return new Equal(left, unary(), false);
        }
        if (consume("!=")) {
            return new Equal(left, unary(), true);
        }
        return left;
    }

    private TemplateExpression unary() {
        if (consume("!")) {
            return new Not(unary());
        }
        if (consume("(")) {
            TemplateExpression inner = or();
            expect(")");
            return inner;
        }
        return primary();
    }

    private TemplateExpression primary() {
        skipSpaces();
        if (pos >= text.length()) {
            throw new UnboundException("expression '" + text + "' ends too early");
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw new UnboundException("unterminated string in '" + text + "'");
            }
            String literal = text.substring(pos + 1, end);
            pos = end + 1;
            return TemplateExpression.literal(JsonNodeFactory.instance.stringNode(literal));
        }
        if (Character.isDigit(c) || c == '-') {
            int start = pos++;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String number = text.substring(start, pos);
            return TemplateExpression.literal(number.contains(".")
                    ? JsonNodeFactory.instance.numberNode(Double.parseDouble(number))
                    : JsonNodeFactory.instance.numberNode(Long.parseLong(number)));
        }
        return path();
    }

    private TemplateExpression path() {
        String head = identifier();
        if (pos < text.length() && text.charAt(pos) == '(') {
            throw new UnboundException("unsupported function '" + head + "' in '" + text + "'");
        }
        Path.Start start;
        switch (head) {
            case "true" -> {
                return TemplateExpression.literal(BooleanNode.TRUE);
            }
            case "false" -> {
                return TemplateExpression.literal(BooleanNode.FALSE);
            }
            case "$index" -> {
                return new Index();
            }
            case "$root" -> start = Path.Start.ROOT;
            case "$data" -> start = Path.Start.DATA;
            default -> start = Path.Start.DATA_PROPERTY;
        }
        List<Object> steps = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        missing.add("no value for '" + head + "'");
        while (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == '[')) {
            if (text.charAt(pos) == '.') {
                pos++;
                steps.add(identifier());
            } else {
                pos++;
                int end = text.indexOf(']', pos);
                if (end < 0) {
                    throw new UnboundException("unterminated index in '" + text + "'");
                }
                steps.add(Integer.parseInt(text.substring(pos, end).strip()));
                pos = end + 1;
            }
            missing.add("no value for '" + head + shown(start, steps) + "'");
        }
        return new Path(start, head, List.copyOf(steps), List.copyOf(missing));
    }

    /**
     * The path as error messages have always shown it. After {@code $root} or {@code $data} the first step is
     * left out ({@code $root.a.b} reads {@code $root.b}): a quirk kept so messages stay what they were.
     */
    private static String shown(Path.Start start, List<Object> steps) {
        StringBuilder out = new StringBuilder();
        for (Object step : steps.subList(start == Path.Start.DATA_PROPERTY ? 0 : 1, steps.size())) {
            out.append(step instanceof Integer i ? "[" + i + "]" : "." + step);
        }
        return out.toString();
    }

    private String identifier() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '$')) {
            pos++;
        }
        if (start == pos) {
            throw new UnboundException("unsupported expression '" + text + "'");
        }
        return text.substring(start, pos);
    }

    private boolean consume(String token) {
        skipSpaces();
        if (text.startsWith(token, pos) && !(token.equals("!") && text.startsWith("!=", pos))) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!consume(token)) {
            throw new UnboundException("expected '" + token + "' in '" + text + "'");
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }
}
