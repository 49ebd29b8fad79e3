package dk.kernebot.actionplan;

/**
 * A goal as a quality conversation proposes it.
 *
 * @param agendaPoint the agenda point it came from (e.g. "Sprogvurderinger"), or null
 * @param qualityType STRUKTUR, PROCES or RESULTAT, or null
 * @param capital     INDIVIDUEL, SOCIAL or BESLUTNING (professional capital), or null
 * @param sourceId    the proposal it came from in the session (so a later step can decide on it), or null
 * @param agreement   who agreed on it and when, for a process where goals are agreed, not collected; or null
 */
public record GoalDraft(String text, String agendaPoint, String qualityType, String capital, String sourceId,
                        Agreement agreement) {

    /**
     * @param by           who agreed, in words (e.g. "Chris (skole- og dagtilbudschef) og Lise (dagtilbudsleder)")
     * @param at           when the agreement was complete (epoch milliseconds)
     * @param proposedText the proposal's words when the goal was agreed as reworded; null when agreed as proposed
     */
    public record Agreement(String by, long at, String proposedText) {
    }

    public GoalDraft(String text, String agendaPoint, String qualityType, String capital) {
        this(text, agendaPoint, qualityType, capital, null, null);
    }

    public GoalDraft withSource(String id) {
        return new GoalDraft(text, agendaPoint, qualityType, capital, id, agreement);
    }

    /** The same goal, agreed (in {@code agreedText}, which may be a rewording). */
    public GoalDraft agreed(String agreedText, Agreement how) {
        return new GoalDraft(agreedText, agendaPoint, qualityType, capital, sourceId, how);
    }
}
