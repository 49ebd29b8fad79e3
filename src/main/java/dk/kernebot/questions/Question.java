package dk.kernebot.questions;

/** A question written down for the leader, and its state. */
public record Question(
        String id,
        String conversationId,
        String threadId,
        String tenantId,
        String text,
        String askedById,
        String askedByName,
        QuestionSource source,
        String sourceContext,
        QuestionStatus status,
        String assignedToId,
        String assignedToName,
        String answer,
        String handledByName,
        Long handledAt,
        int remindersSent,
        long createdAt) {

    public boolean isWaiting() {
        return status == QuestionStatus.OPEN || status == QuestionStatus.INVESTIGATING;
    }
}
