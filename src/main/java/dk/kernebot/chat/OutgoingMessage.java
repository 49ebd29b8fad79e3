package dk.kernebot.chat;

/** One message the bot posts: either text (Teams markdown) or an expanded Adaptive Card as JSON. */
public record OutgoingMessage(String text, String cardJson) {

    public static OutgoingMessage text(String markdown) {
        return new OutgoingMessage(markdown, null);
    }

    public static OutgoingMessage card(String cardJson) {
        return new OutgoingMessage(null, cardJson);
    }

    public boolean isCard() {
        return cardJson != null;
    }
}
