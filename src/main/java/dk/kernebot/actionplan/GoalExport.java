package dk.kernebot.actionplan;

import java.util.List;

/** STUB until branch planparts is merged. */
public record GoalExport(String text, String agendaPoint, String qualityType, String capital, List<ActionExport> actions) {
}
