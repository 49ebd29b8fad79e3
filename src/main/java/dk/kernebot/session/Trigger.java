package dk.kernebot.session;

/** How a lifecycle command came: typed in the chat (it answers in the chat) or clicked on a card (it answers the card). */
sealed interface Trigger {

    Trigger TYPED = new Typed();

    record Typed() implements Trigger {
    }

    /** @param sessionId the session the card belongs to, as the card says */
    record Clicked(String sessionId) implements Trigger {
    }

    static Trigger clicked(String sessionId) {
        return new Clicked(sessionId == null ? "" : sessionId);
    }
}
