package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A handleplan as it leaves Kernebot for the kvalitetsrapport: plain values, no ids, nothing to look up.
 *
 * @param institutionName may be null
 * @param date            the day of the quality conversation the plan came from
 */
public record PlanExport(String title, String institutionName, LocalDate date, List<GoalExport> goals) {

    public PlanExport {
        title = title == null ? "" : title;
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
