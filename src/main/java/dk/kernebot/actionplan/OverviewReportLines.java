package dk.kernebot.actionplan;

/** The lines the chef's report says the same way in Markdown and in the PDF, without markup. */
final class OverviewReportLines {

    private OverviewReportLines() {
    }

    static String planLine(PlanExport plan, ExportLabels labels) {
        return labels.text("actionplan.export.heading", plan.title());
    }

    /** Where the plan is on its way: the last step reached, and when. */
    static String pathLine(PlanExport plan, ExportLabels labels) {
        PathStepExport reached = plan.path().stream().filter(step -> step.day() != null)
                .reduce((first, second) -> second).orElse(null);
        return reached == null ? "" : labels.text("overview.report.path", labels.pathStage(reached.stage()),
                labels.date(reached.day()));
    }

    static String goalStatus(GoalExport goal, ExportLabels labels) {
        long done = goal.actions().stream().filter(a -> "FAERDIG".equals(a.status())).count();
        long overdue = goal.actions().stream().filter(labels::overdue).count();
        String status = labels.text("overview.goalProgress", goal.actions().size(), done);
        return overdue == 0 ? status : status + ", " + labels.text("overview.report.overdue", overdue);
    }

    static String actionLine(ActionExport action, ExportLabels labels) {
        String line = labels.text("overview.report.action", action.text(),
                ExportLabels.isBlank(action.ownerName()) ? "–" : action.ownerName(),
                action.due() == null ? "–" : labels.date(action.due()), labels.status(action.status()));
        return labels.overdue(action) ? line + " – " + labels.text("actionplan.export.overdue") : line;
    }
}
