package dk.kernebot.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading the bot's answers in the privacy tests. */
final class PrivacyFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private PrivacyFixtures() {
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The card an Action.Execute was answered with (the clicked card's replacement). */
    static JsonNode invokeCard(String invokeResponse) {
        JsonNode body = read(invokeResponse);
        if (!"application/vnd.microsoft.card.adaptive".equals(body.path("type").asText())) {
            throw new AssertionError("Invoke response is not a card: " + invokeResponse);
        }
        return body.get("value");
    }

    /** The notice an Action.Execute was answered with (shown to the clicker only). */
    static String invokeMessage(String invokeResponse) {
        JsonNode body = read(invokeResponse);
        if (!"application/vnd.microsoft.activity.message".equals(body.path("type").asText())) {
            throw new AssertionError("Invoke response is not a message: " + invokeResponse);
        }
        return body.path("value").asText();
    }

    /** Every string in a card, for "does it say X". */
    static String text(JsonNode node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        }
        node.forEach(child -> collect(child, out));
    }

    /** The first value of {@code field} anywhere in the card's action data. */
    static String data(JsonNode card, String field) {
        List<JsonNode> found = new ArrayList<>();
        find(card, field, found);
        return found.isEmpty() ? null : found.get(0).asText();
    }

    private static void find(JsonNode node, String field, List<JsonNode> found) {
        if (node.isObject() && node.has("data") && node.get("data").has(field)) {
            found.add(node.get("data").get(field));
        }
        node.forEach(child -> find(child, field, found));
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
