package dk.kernebot.cards;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * An expression inside {@code ${...}}, parsed once per template ({@link ExpressionParser}) and evaluated per render:
 * a path ({@code title}, {@code answer.by}, {@code items[0].text}, {@code $root.label}, {@code $data},
 * {@code $index}), a literal, or {@code !}, {@code ==}, {@code !=}, {@code &&}, {@code ||} over those. A path that
 * leads nowhere is an error, never an empty string.
 * <p>
 * Operands are evaluated left to right and both sides of {@code &&} and {@code ||} always are, as when each render
 * parsed and evaluated the text in one go, so a render fails on exactly the paths it failed on then.
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
}
