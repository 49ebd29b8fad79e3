package dk.kernebot.actionplan;

/** A conversation's handleplan; {@code exportToken} is the unguessable key of its download links. */
record Plan(String id, String conversationId, String tenantId, String sessionId, String exportToken,
            String createdById, String createdByName, long createdAt, long updatedAt) {
}
