package dk.kernebot.chat;

import java.util.Map;

/**
 * A click on a card button. {@code data} is what the card carried plus the values of its inputs; it comes from
 * the client, so handlers must treat every id in it as a claim to check, never as proof.
 */
public record CardAction(String verb, Map<String, Object> data) {

    public String string(String key) {
        Object value = data.get(key);
        return value == null ? null : value.toString();
    }
}
