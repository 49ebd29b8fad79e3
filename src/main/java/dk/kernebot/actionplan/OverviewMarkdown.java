package dk.kernebot.actionplan;

import java.util.List;

/** The chef's report as Markdown, one section per institution. */
final class OverviewMarkdown {

    private final ExportLabels labels;
    private final StringBuilder out = new StringBuilder(8192);

    private OverviewMarkdown(ExportLabels labels) {
        this.labels = labels;
    }

    static String render(List<OverviewReport.Part> parts, ExportLabels labels) {
        return new OverviewMarkdown(labels).report(parts);
    }

    private String report(List<OverviewReport.Part> parts) {
        line("# " + labels.text("overview.report.title"));
        line("");
        line("*" + labels.text("actionplan.export.asOf", labels.today()) + "*");
        for (OverviewReport.Part part : parts) {
            line("");
            line("## " + Markdown.escape(part.institution()));
            line("");
            if (part.plan() == null) {
                line(labels.text("overview.report.noPlan"));
                continue;
            }
            line(Markdown.escape(OverviewReportLines.planLine(part.plan(), labels)) + "  ");
            line(Markdown.escape(OverviewReportLines.pathLine(part.plan(), labels)));
            line("");
            line("### " + labels.text("overview.report.goals"));
            line("");
            if (part.plan().goals().isEmpty()) {
                line(labels.text("actionplan.export.noGoals"));
            }
            for (int i = 0; i < part.plan().goals().size(); i++) {
                GoalExport goal = part.plan().goals().get(i);
                line((i + 1) + ". " + Markdown.escape(goal.text()) + " – "
                        + Markdown.escape(OverviewReportLines.goalStatus(goal, labels)));
                for (ActionExport action : goal.actions()) {
                    line("   - " + Markdown.escape(OverviewReportLines.actionLine(action, labels)));
                }
            }
            line("");
            line("### " + labels.text("overview.report.evaluation"));
            line("");
            if (part.evaluation().isEmpty()) {
                line(labels.text("overview.report.noEvaluation"));
            }
            part.evaluation().forEach(answer -> line("- " + Markdown.escape(answer)));
        }
        return out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
