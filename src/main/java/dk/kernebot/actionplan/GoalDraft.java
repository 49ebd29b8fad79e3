package dk.kernebot.actionplan;

/**
 * A goal as a quality conversation proposes it.
 *
 * @param agendaPoint the agenda point it came from (e.g. "Sprogvurderinger"), or null
 * @param qualityType STRUKTUR, PROCES or RESULTAT, or null
 * @param capital     INDIVIDUEL, SOCIAL or BESLUTNING (professional capital), or null
 */
public record GoalDraft(String text, String agendaPoint, String qualityType, String capital) {
}
