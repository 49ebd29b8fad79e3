package dk.kernebot.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * An expression inside {@code ${...}} that {@link CardRenderer} understands: a path ({@code title},
 * {@code answer.by}, {@code items[0].text}, {@code $root.label}, {@code $data}, {@code $index}), string, number and
 * boolean literals, {@code !}, {@code ==}, {@code !=}, {@code &&}, {@code ||} and parentheses. A path that leads
 * nowhere is an error, never an empty string.
 * <p>
 * Parsed once per template (by {@link #parse}) and then evaluated per render. Operands are evaluated left to right
 * and both sides of {@code &&} and {@code ||} always are, so a render fails on exactly the paths it failed on when
 * each render parsed the text again. Text that does not parse becomes an expression that fails when evaluated,
 * with the parser's message: a mistake in a branch that {@code $when} drops stays as harmless as it was.
 */
interface TemplateExpression {

    JsonNode evaluate(Scope scope);

    /** Where a path starts: the current {@code $data}, the whole data, and the position in a repeated array. */
    record Scope(JsonNode data, JsonNode root, Integer index) {
    }

    final class UnboundException extends RuntimeException {
        UnboundException(String message) {
            super(message);
        }
    }

    static TemplateExpression parse(String expression) {
        try {
            return new Parser(expression).whole();
        } catch (UnboundException e) {
            return new Broken(e.getMessage());
        } catch (RuntimeException e) {
            // A malformed number or index: a template mistake like any other, named as one.
            return new Broken("unsupported expression '" + expression + "' (" + e.getMessage() + ")");
        }
    }

    static TemplateExpression literal(JsonNode value) {
        return scope -> value;
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

    record Broken(String message) implements TemplateExpression {
        @Override
        public JsonNode evaluate(Scope scope) {
            throw new UnboundException(message);
        }
    }

    record Or(TemplateExpression left, TemplateExpression right) implements TemplateExpression {
        @Override
        public JsonNode evaluate(Scope scope) {
            JsonNode l = left.evaluate(scope);
            JsonNode r = right.evaluate(scope);
            return BooleanNode.valueOf(truthy(l) || truthy(r));
        }
    }

    record And(TemplateExpression left, TemplateExpression right) implements TemplateExpression {
        @Override
        public JsonNode evaluate(Scope scope) {
            JsonNode l = left.evaluate(scope);
            JsonNode r = right.evaluate(scope);
            return BooleanNode.valueOf(truthy(l) && truthy(r));
        }
    }

    record Equal(TemplateExpression left, TemplateExpression right, boolean negated) implements TemplateExpression {
        @Override
        public JsonNode evaluate(Scope scope) {
            JsonNode l = left.evaluate(scope);
            return BooleanNode.valueOf(same(l, right.evaluate(scope)) != negated);
        }
    }

    record Not(TemplateExpression operand) implements TemplateExpression {
        @Override
        public JsonNode evaluate(Scope scope) {
            return BooleanNode.valueOf(!truthy(operand.evaluate(scope)));
        }
    }

    record Index() implements TemplateExpression {
        @Override
        public JsonNode evaluate(Scope scope) {
            if (scope.index() == null) {
                throw new UnboundException("$index used outside a repeated element");
            }
            return JsonNodeFactory.instance.numberNode(scope.index());
        }
    }

    /**
     * {@code head.step[1].step}: each step is a property name or an array position. The message for a missing
     * value at each step is made once, here, rather than on each failing render.
     */
    record Path(Start start, String head, List<Object> steps, List<String> missing) implements TemplateExpression {

        enum Start { DATA_PROPERTY, DATA, ROOT }

        @Override
        public JsonNode evaluate(Scope scope) {
            JsonNode current = switch (start) {
                case ROOT -> scope.root();
                case DATA -> scope.data();
                case DATA_PROPERTY -> scope.data() == null ? null : scope.data().get(head);
            };
            if (current == null && start == Start.DATA_PROPERTY) {
                throw new UnboundException(missing.get(0));
            }
            for (int i = 0; i < steps.size(); i++) {
                Object step = steps.get(i);
                current = step instanceof Integer position ? current.get(position) : current.get((String) step);
                if (current == null) {
                    throw new UnboundException(missing.get(i + 1));
                }
            }
            return current;
        }
    }

    /** Recursive descent over the grammar above; builds the expression instead of evaluating it. */
    final class Parser {

        private final String text;
        private int pos;

        private Parser(String text) {
            this.text = text;
        }

        TemplateExpression whole() {
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
                return literal(JsonNodeFactory.instance.stringNode(literal));
            }
            if (Character.isDigit(c) || c == '-') {
                int start = pos++;
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                String number = text.substring(start, pos);
                return literal(number.contains(".") ? JsonNodeFactory.instance.numberNode(Double.parseDouble(number))
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
                    return literal(BooleanNode.TRUE);
                }
                case "false" -> {
                    return literal(BooleanNode.FALSE);
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
}
