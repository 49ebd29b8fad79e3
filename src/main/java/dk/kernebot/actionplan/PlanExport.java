package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;

/** STUB until branch planparts is merged. */
public record PlanExport(String title, String institutionName, LocalDate date, List<GoalExport> goals) {
}
