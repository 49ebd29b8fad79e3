package dk.kernebot.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The interpreter of {@code ${...}} expressions that {@link ReferenceRenderer} used: parses on every evaluation. */
final class ReferenceExpression {

    /** Where a path starts: the current {@code $data}, the whole data, and the position in a repeated array. */
    record Scope(JsonNode data, JsonNode root, Integer index) {
    }

    static final class UnboundException extends RuntimeException {
        UnboundException(String message) {
            super(message);
        }
    }

    private final String text;
    private int pos;

    private ReferenceExpression(String text) {
        this.text = text;
    }

    static JsonNode evaluate(String expression, Scope scope) {
        ReferenceExpression parser = new ReferenceExpression(expression);
        JsonNode value = parser.or(scope);
        parser.skipSpaces();
        if (parser.pos != expression.length()) {
            throw new UnboundException("unsupported expression '" + expression + "'");
        }
        return value;
    }

    private JsonNode or(Scope scope) {
        JsonNode left = and(scope);
        while (consume("||")) {
            JsonNode right = and(scope);
            left = BooleanNode.valueOf(truthy(left) || truthy(right));
        }
        return left;
    }

    private JsonNode and(Scope scope) {
        JsonNode left = comparison(scope);
        while (consume("&&")) {
            JsonNode right = comparison(scope);
            left = BooleanNode.valueOf(truthy(left) && truthy(right));
        }
        return left;
    }

    private JsonNode comparison(Scope scope) {
        JsonNode left = unary(scope);
        if (consume("==")) {
            return BooleanNode.valueOf(same(left, unary(scope)));
        }
        if (consume("!=")) {
            return BooleanNode.valueOf(!same(left, unary(scope)));
        }
        return left;
    }

    private JsonNode unary(Scope scope) {
        if (consume("!")) {
            return BooleanNode.valueOf(!truthy(unary(scope)));
        }
        if (consume("(")) {
            JsonNode inner = or(scope);
            expect(")");
            return inner;
        }
        return primary(scope);
    }

    private JsonNode primary(Scope scope) {
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
            return JsonNodeFactory.instance.stringNode(literal);
        }
        if (Character.isDigit(c) || c == '-') {
            int start = pos++;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String number = text.substring(start, pos);
            return number.contains(".") ? JsonNodeFactory.instance.numberNode(Double.parseDouble(number))
                    : JsonNodeFactory.instance.numberNode(Long.parseLong(number));
        }
        return path(scope);
    }

    private JsonNode path(Scope scope) {
        List<Object> steps = new ArrayList<>();
        String head = identifier();
        if (pos < text.length() && text.charAt(pos) == '(') {
            throw new UnboundException("unsupported function '" + head + "' in '" + text + "'");
        }
        switch (head) {
            case "true" -> {
                return BooleanNode.TRUE;
            }
            case "false" -> {
                return BooleanNode.FALSE;
            }
            default -> {
            }
        }
        JsonNode current;
        if (head.equals("$root")) {
            current = scope.root();
        } else if (head.equals("$data")) {
            current = scope.data();
        } else if (head.equals("$index")) {
            if (scope.index() == null) {
                throw new UnboundException("$index used outside a repeated element");
            }
            return JsonNodeFactory.instance.numberNode(scope.index());
        } else {
            current = scope.data() == null ? null : scope.data().get(head);
            steps.add(head);
            if (current == null) {
                throw new UnboundException("no value for '" + head + "'");
            }
        }
        while (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == '[')) {
            if (text.charAt(pos) == '.') {
                pos++;
                String name = identifier();
                steps.add(name);
                current = current.get(name);
            } else {
                pos++;
                int end = text.indexOf(']', pos);
                if (end < 0) {
                    throw new UnboundException("unterminated index in '" + text + "'");
                }
                int index = Integer.parseInt(text.substring(pos, end).strip());
                pos = end + 1;
                steps.add(index);
                current = current.get(index);
            }
            if (current == null) {
                throw new UnboundException("no value for '" + head + pathText(steps) + "'");
            }
        }
        return current;
    }

    private static String pathText(List<Object> steps) {
        StringBuilder out = new StringBuilder();
        for (Object step : steps.subList(Math.min(1, steps.size()), steps.size())) {
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

    /** Booleans only: a condition over text or numbers is a template mistake we want to hear about. */
    static boolean truthy(JsonNode value) {
        if (value == null || !value.isBoolean()) {
            throw new UnboundException("a condition must be true or false, not " + value);
        }
        return value.booleanValue();
    }

    private static boolean same(JsonNode left, JsonNode right) {
        if (left.isNumber() && right.isNumber()) {
            return left.doubleValue() == right.doubleValue();
        }
        return Objects.equals(left, right);
    }
}
