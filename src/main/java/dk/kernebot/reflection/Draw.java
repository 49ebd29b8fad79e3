package dk.kernebot.reflection;

/**
 * One card drawn in a conversation, and what became of it. {@code seq} is its place in the conversation's row of
 * draws (1, 2, 3 …): the draw with the highest one is the conversation's current card.
 */
public record Draw(String id, String conversationId, String deckId, String cardId, String themeFilter,
                   DrawStatus status, String drawnByName, long drawnAt, String closedByName, Long closedAt,
                   boolean restarted, int seq) {

    public boolean isOpen() {
        return status == DrawStatus.OPEN;
    }
}
