package dk.kernebot.cardsize;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Cuts an Adaptive Card down to a byte budget while keeping its beginning: the cards put what the reader needs now
 * first (the current step, open and overdue first, the newest), so a prefix is the most useful part. Elements are
 * kept in order until one no longer fits; that one is cut inside (a container's first items, a long text's
 * beginning) and nothing after it is kept, so the card never shows a later item without the earlier ones.
 * The card's own buttons are kept where they are small; a button that opens a large sub-card goes.
 */
final class CardShortener {

    /** The arrays that hold a card's content, in the order a reader meets them. */
    private static final List<String> CHILDREN = List.of("items", "columns", "facts", "inlines", "body", "actions");
    /** A button larger than this (an Action.ShowCard with a form or a history) is not worth its place. */
    private static final int SMALL_ACTION = 2048;
    private static final String ELLIPSIS = "…";

    private final JsonMapper json;

    CardShortener(JsonMapper json) {
        this.json = json;
    }

    /**
     * The card within {@code budget} bytes of UTF-8 JSON, ending with {@code notice} and with {@code open} as its first
     * button. The card's {@code refresh} goes: it would fetch the long card again on every view.
     */
    String shorten(String cardJson, int budget, ObjectNode notice, ObjectNode open) {
        ObjectNode card = (ObjectNode) json.readTree(cardJson);
        JsonNode body = card.remove("body");
        JsonNode actions = card.remove("actions");
        card.remove("refresh");
        ArrayNode keptBody = card.putArray("body");
        keptBody.add(notice);
        ArrayNode keptActions = card.putArray("actions");
        keptActions.add(open);
        int left = budget - size(card);
        if (actions instanceof ArrayNode buttons) {
            int forButtons = left / 4;
            for (JsonNode button : buttons) {
                int cost = size(button) + 1;
                if (cost <= SMALL_ACTION && cost <= forButtons) {
                    keptActions.add(button);
                    forButtons -= cost;
                    left -= cost;
                }
            }
        }
        if (body instanceof ArrayNode elements) {
            ArrayNode prefix = keptBody.arrayNode();
            fill(elements, prefix, left);
            keptBody.removeAll();
            keptBody.addAll(prefix);
            keptBody.add(notice);
        }
        return json.writeValueAsString(card);
    }

    /** Adds the elements to {@code out} in order while they fit; the first that does not is cut, then it stops. */
    private int fill(ArrayNode elements, ArrayNode out, int budget) {
        int left = budget;
        for (JsonNode element : elements) {
            int cost = size(element) + 1;
            if (cost <= left) {
                out.add(element);
                left -= cost;
                continue;
            }
            JsonNode cut = cut(element, left - 1);
            if (cut != null) {
                out.add(cut);
                left -= size(cut) + 1;
            }
            break;
        }
        return budget - left;
    }

    /** The element within {@code budget} bytes, keeping its beginning, or null if not even its frame fits. */
    private JsonNode cut(JsonNode element, int budget) {
        if (element instanceof StringNode text) {
            return shortText(text.stringValue(), budget);
        }
        if (!(element instanceof ObjectNode object)) {
            return null;
        }
        ObjectNode frame = object.deepCopy();
        String longText = null;
        if (frame.get("text") instanceof StringNode text) {
            longText = text.stringValue();
            frame.put("text", "");
        }
        for (String child : CHILDREN) {
            if (frame.get(child) instanceof ArrayNode array) {
                array.removeAll();
            }
        }
        int left = budget - size(frame);
        if (left < 0) {
            return null;
        }
        if (longText != null) {
            StringNode text = shortText(longText, left);
            if (text == null) {
                return null;
            }
            frame.set("text", text);
            left -= size(text) - 2;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (CHILDREN.contains(entry.getKey()) && entry.getValue() instanceof ArrayNode array && left > 0) {
                left -= fill(array, (ArrayNode) frame.get(entry.getKey()), left);
            }
        }
        return frame;
    }

    /** The text's beginning, cut at a word where there is one, with an ellipsis; null if nothing useful fits. */
    private StringNode shortText(String text, int budget) {
        int chars = Math.min(text.length(), Math.max(0, (budget - 8) / 3));
        if (chars < 20) {
            return null;
        }
        String start = text.substring(0, chars);
        if (Character.isHighSurrogate(start.charAt(start.length() - 1))) {
            start = start.substring(0, start.length() - 1);
        }
        int space = start.lastIndexOf(' ');
        if (space > chars / 2) {
            start = start.substring(0, space);
        }
        return StringNode.valueOf(start + ELLIPSIS);
    }

    int size(JsonNode node) {
        return json.writeValueAsString(node).getBytes(StandardCharsets.UTF_8).length;
    }
}
