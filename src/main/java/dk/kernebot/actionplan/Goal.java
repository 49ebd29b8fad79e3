package dk.kernebot.actionplan;

/** A goal of the plan; {@code position} is the number people use for it ("til mål 2"). */
record Goal(String id, String planId, int position, String text, String agendaPoint, String qualityType,
            String capital, String sessionId, String createdByName, long createdAt) {
}
