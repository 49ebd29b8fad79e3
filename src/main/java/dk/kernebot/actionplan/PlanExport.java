package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A handleplan as it leaves Kernebot for the kvalitetsrapport: plain values, no ids, nothing to look up.
 *
 * @param institutionName may be null
 * @param date            the day of the quality conversation the plan came from
 * @param path            the plan's way to the bestyrelse, the forvaltning and the kvalitetsrapport, every step in
 *                        order (those not reached without a day); empty when not known
 * @param participants    who took part in the quality conversation the plan came from (empty when not known)
 * @param sections        texts the plan's sessions wrote to be published with it (a læreplan evaluation); may be empty
 */
public record PlanExport(String title, String institutionName, LocalDate date, List<GoalExport> goals,
                         List<PathStepExport> path, List<SessionPerson> participants, List<ExportSection> sections) {

    public PlanExport {
        title = title == null ? "" : title;
        goals = goals == null ? List.of() : List.copyOf(goals);
        path = path == null ? List.of() : List.copyOf(path);
        participants = participants == null ? List.of() : List.copyOf(participants);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public PlanExport(String title, String institutionName, LocalDate date, List<GoalExport> goals,
                      List<PathStepExport> path, List<SessionPerson> participants) {
        this(title, institutionName, date, goals, path, participants, List.of());
    }

    public PlanExport(String title, String institutionName, LocalDate date, List<GoalExport> goals) {
        this(title, institutionName, date, goals, List.of(), List.of(), List.of());
    }
}
