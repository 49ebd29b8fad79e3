package dk.kernebot.session;

/** One group's way through a process, as stored. */
public record GuidedSession(String id, String conversationId, String processId, SessionStatus status, int stepIndex,
                            String facilitatorId, String facilitatorAadId, String facilitatorName,
                            String startedByName, String agreedText, String agreedByName, String previousSessionId,
                            String boardToken, long startedAt, long updatedAt, Long finishedAt) {

    public boolean isFacilitator(String userId) {
        return facilitatorId.equals(userId);
    }
}
