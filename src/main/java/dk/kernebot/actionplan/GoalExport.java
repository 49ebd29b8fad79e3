package dk.kernebot.actionplan;

import java.util.List;

/**
 * @param agendaPoint the point of the quality conversation's agenda the goal answers (læreplan, trivsel …); may be null
 * @param qualityType STRUKTUR, PROCES or RESULTAT; may be null
 * @param capital     INDIVIDUEL, SOCIAL or BESLUTNING (the professional capital the goal strengthens); may be null
 * @param history     how the goal was agreed and what happened to it since (oldest first)
 * @param closed      a dialogsamtale closed it
 */
public record GoalExport(String text, String agendaPoint, String qualityType, String capital,
        List<ActionExport> actions, List<GoalChange> history, boolean closed) {

    public GoalExport {
        text = text == null ? "" : text;
        actions = actions == null ? List.of() : List.copyOf(actions);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public GoalExport(String text, String agendaPoint, String qualityType, String capital, List<ActionExport> actions) {
        this(text, agendaPoint, qualityType, capital, actions, List.of(), false);
    }
}
