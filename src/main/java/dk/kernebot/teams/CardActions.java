package dk.kernebot.teams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.chat.CardAction;

/**
 * Reads a card click from either form Teams sends: an {@code adaptiveCard/action} invoke (Action.Execute) or a
 * message whose value is the card data (the Action.Submit fallback). Both carry our verb.
 */
final class CardActions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CardActions() {
    }

    /** From an invoke value {"action": {"type": "Action.Execute", "verb": ..., "data": {...}}}. */
    static Optional<CardAction> fromInvokeValue(Object value) {
        JsonNode node = tree(value);
        JsonNode action = node == null ? null : node.get("action");
        if (action == null || !action.isObject()) {
            return Optional.empty();
        }
        Map<String, Object> data = map(action.get("data"));
        String verb = text(action.get("verb"));
        if (verb == null) {
            verb = stringOrNull(data.get("verb"));
        }
        return Optional.of(new CardAction(verb, data));
    }

    /** From a message's value: the card's data plus its inputs. */
    static Optional<CardAction> fromSubmitValue(Object value) {
        JsonNode node = tree(value);
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        Map<String, Object> data = map(node);
        return Optional.of(new CardAction(stringOrNull(data.get("verb")), data));
    }

    /** The SDK hands an activity's value and channelData over as maps or trees; null when it is neither. */
    static JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof JsonNode node ? node : JSON.valueToTree(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        return new LinkedHashMap<>(JSON.convertValue(node, Map.class));
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static String stringOrNull(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
