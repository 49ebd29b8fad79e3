package dk.kernebot.session.kind;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.UserRef;

/** A click on a step card: who, where, and the card's data (the verb and the inputs). */
public record StepClick(ChatContext chat, CardAction action) {

    public String verb() {
        return action.verb();
    }

    public String string(String key) {
        return action.string(key);
    }

    /** The input's text with the surrounding blanks removed; empty when the field was left out. */
    public String text(String key) {
        String value = action.string(key);
        return value == null ? "" : value.strip();
    }

    public UserRef user() {
        return chat.user();
    }
}
