package dk.kernebot.reflection;

/** One card drawn in a conversation, and what became of it. */
public record Draw(String id, String conversationId, String deckId, String cardId, String themeFilter,
                   DrawStatus status, String drawnByName, long drawnAt, String closedByName, Long closedAt,
                   boolean restarted) {

    public boolean isOpen() {
        return status == DrawStatus.OPEN;
    }
}
