package dk.kernebot.actionplan;

import java.util.List;

/**
 * @param agendaPoint the point of the quality conversation's agenda the goal answers (læreplan, trivsel …); may be null
 * @param qualityType STRUKTUR, PROCES or RESULTAT; may be null
 * @param capital     INDIVIDUEL, SOCIAL or BESLUTNING (the professional capital the goal strengthens); may be null
 */
public record GoalExport(String text, String agendaPoint, String qualityType, String capital,
        List<ActionExport> actions) {

    public GoalExport {
        text = text == null ? "" : text;
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
