package dk.kernebot.actionplan;

/**
 * A goal of the plan; {@code position} is the number people use for it ("til mål 2"). {@code closedAt} is set when a
 * dialogsamtale closed it (it stays in the plan and its export, marked closed).
 */
record Goal(String id, String planId, int position, String text, String agendaPoint, String qualityType,
            String capital, String sessionId, String createdByName, long createdAt, Long closedAt) {

    boolean isClosed() {
        return closedAt != null;
    }
}
