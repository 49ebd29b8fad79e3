package dk.kernebot.session;

/**
 * One group's way through a process, as stored. {@code movedByName} and {@code movedAt}: who last moved the group on
 * (another step, a pause, the end) and when; null until someone has. {@code moves}: how many times it was moved, the
 * version its step cards are drawn from.
 */
public record GuidedSession(String id, String conversationId, String processId, SessionStatus status, int stepIndex,
                            String facilitatorId, String facilitatorAadId, String facilitatorName,
                            String startedByName, String agreedText, String agreedByName, String previousSessionId,
                            String boardToken, long startedAt, long updatedAt, Long finishedAt, String movedByName,
                            Long movedAt, int moves) {

    public boolean isFacilitator(String userId) {
        return facilitatorId.equals(userId);
    }
}
