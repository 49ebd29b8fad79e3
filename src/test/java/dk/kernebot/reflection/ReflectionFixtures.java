package dk.kernebot.reflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small decks and card readers shared by the reflection tests. */
public final class ReflectionFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private ReflectionFixtures() {
    }

    /** A valid deck with the given number of cards per theme; ids like "t1-01". */
    public static String deck(String id, int version, int themes, int cardsPerTheme) {
        StringBuilder out = new StringBuilder();
        out.append("{\"id\":\"").append(id).append("\",\"version\":").append(version)
                .append(",\"name\":{\"da\":\"Bunke ").append(id).append("\",\"en\":\"Deck ").append(id).append("\"},")
                .append("\"themes\":[");
        for (int t = 1; t <= themes; t++) {
            out.append(t > 1 ? "," : "").append("{\"id\":\"t").append(t).append("\",\"name\":{\"da\":\"Tema ")
                    .append(t).append("\",\"en\":\"Theme ").append(t).append("\"}}");
        }
        out.append("],\"cards\":[");
        boolean first = true;
        for (int t = 1; t <= themes; t++) {
            for (int c = 1; c <= cardsPerTheme; c++) {
                out.append(first ? "" : ",");
                first = false;
                out.append("{\"id\":\"t").append(t).append("-").append(String.format("%02d", c))
                        .append("\",\"theme\":\"t").append(t).append("\",\"question\":{\"da\":\"Spørgsmål ")
                        .append(t).append(".").append(c).append("?\",\"en\":\"Question ").append(t).append(".")
                        .append(c).append("?\"},\"prompts\":[{\"da\":\"Hvad ser vi i praksis?\"}]}");
            }
        }
        return out.append("]}").toString();
    }

    static String question(JsonNode card) {
        return card.path("body").get(1).path("text").asText();
    }

    static String themeLabel(JsonNode card) {
        return card.path("body").get(0).path("text").asText();
    }

    /** The drawId carried by the card's buttons (the same on all of them). */
    static String drawId(JsonNode card) {
        List<String> ids = new ArrayList<>();
        card.findValues("drawId").forEach(v -> ids.add(v.asText()));
        if (ids.isEmpty()) {
            throw new AssertionError("No drawId on card " + card);
        }
        return ids.get(0);
    }

    /** Titles of all buttons, including those inside Action.ShowCard cards. */
    static List<String> buttonTitles(JsonNode card) {
        List<String> titles = new ArrayList<>();
        card.path("actions").forEach(a -> titles.add(a.path("title").asText()));
        return titles;
    }

    static JsonNode invokeCard(String invokeResponseBody) {
        try {
            JsonNode body = JSON.readTree(invokeResponseBody);
            if (!"application/vnd.microsoft.card.adaptive".equals(body.path("type").asText())) {
                throw new AssertionError("Invoke response is not a card: " + invokeResponseBody);
            }
            return body.get("value");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static String invokeMessage(String invokeResponseBody) {
        try {
            JsonNode body = JSON.readTree(invokeResponseBody);
            if (!"application/vnd.microsoft.activity.message".equals(body.path("type").asText())) {
                throw new AssertionError("Invoke response is not a message: " + invokeResponseBody);
            }
            return body.path("value").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Object> data(Object... keyValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
