package dk.kernebot.chat;

/**
 * One message the bot posts: either text (Teams markdown) or an expanded Adaptive Card as JSON. A card may carry a
 * {@code tag}, a name under which its Teams message is remembered, so a later click elsewhere can update it.
 */
public record OutgoingMessage(String text, String cardJson, String tag) {

    public OutgoingMessage(String text, String cardJson) {
        this(text, cardJson, null);
    }

    public static OutgoingMessage text(String markdown) {
        return new OutgoingMessage(markdown, null);
    }

    public static OutgoingMessage card(String cardJson) {
        return new OutgoingMessage(null, cardJson);
    }

    /** The same card, remembered under this name once posted (see {@link Reply#alsoUpdate}). */
    public OutgoingMessage tagged(String name) {
        return new OutgoingMessage(text, cardJson, name);
    }

    public boolean isCard() {
        return cardJson != null;
    }
}
