package dk.kernebot.session;

/** A question raised during a session, and how far it got: a reflection card offered, settled, or sent on. */
public record SessionQuestion(String id, String sessionId, String stepId, String text, String askedById,
                              String askedByName, String cardId, String status, String questionId, String note,
                              long createdAt) {

    static final String OFFERED = "OFFERED";
    static final String SETTLED = "SETTLED";
    static final String ESCALATED = "ESCALATED";
}
