package dk.kernebot.outbox;

/**
 * A stored outbound message as the sender claims it; {@code claimToken} identifies that claim, so the sender's
 * later updates apply only while the row is still its own.
 */
public record OutboxRow(
        String id,
        String dedupeKey,
        String targetKind,
        String conversationId,
        String userId,
        String userAadId,
        String userName,
        String viaConversation,
        String replyToId,
        String text,
        String cardJson,
        String mentionUserId,
        String mentionName,
        OutboxStatus status,
        int attempts,
        long nextAttemptAt,
        String sentActivityId,
        String sentConversation,
        String claimToken) {

    public static final String CONVERSATION = "CONVERSATION";
    public static final String PERSON = "PERSON";

    public boolean toPerson() {
        return PERSON.equals(targetKind);
    }
}
