package dk.kernebot.actionplan;

import java.util.List;

/** The chef's report as an A4 PDF, one section per institution. */
final class OverviewPdf {

    private static final float TITLE = 18f;
    private static final float INSTITUTION = 14f;
    private static final float HEADING = 11f;
    private static final float BODY = 10f;
    private static final float INDENT = 14f;

    private final ExportLabels labels;
    private final PdfPages pages;

    private OverviewPdf(ExportLabels labels, PdfPages pages) {
        this.labels = labels;
        this.pages = pages;
    }

    static byte[] render(List<OverviewReport.Part> parts, ExportLabels labels) {
        String title = labels.text("overview.report.title");
        try (PdfPages pages = new PdfPages(title)) {
            new OverviewPdf(labels, pages).report(parts, title);
            return pages.finish((page, count) -> labels.text("actionplan.export.page", page, count));
        }
    }

    private void report(List<OverviewReport.Part> parts, String title) {
        pages.paragraph(title, PdfFont.BOLD, TITLE, 0, 0);
        pages.paragraph(labels.text("actionplan.export.asOf", labels.today()), PdfFont.ITALIC, BODY, 0, 0);
        for (OverviewReport.Part part : parts) {
            pages.space(16);
            pages.keepTogether(PdfPages.lineHeight(INSTITUTION) + PdfPages.lineHeight(BODY) * 3);
            pages.paragraph(part.institution(), PdfFont.BOLD, INSTITUTION, 0, 0);
            if (part.plan() == null) {
                pages.paragraph(labels.text("overview.report.noPlan"), PdfFont.ITALIC, BODY, 0, 0);
                continue;
            }
            pages.paragraph(OverviewReportLines.planLine(part.plan(), labels), PdfFont.REGULAR, BODY, 0, 0);
            pages.paragraph(OverviewReportLines.pathLine(part.plan(), labels), PdfFont.REGULAR, BODY, 0, 0);
            pages.space(6);
            pages.paragraph(labels.text("overview.report.goals"), PdfFont.BOLD, HEADING, 0, 0);
            if (part.plan().goals().isEmpty()) {
                pages.paragraph(labels.text("actionplan.export.noGoals"), PdfFont.ITALIC, BODY, INDENT, 0);
            }
            for (int i = 0; i < part.plan().goals().size(); i++) {
                GoalExport goal = part.plan().goals().get(i);
                pages.paragraph((i + 1) + ". " + goal.text() + " – " + OverviewReportLines.goalStatus(goal, labels),
                        PdfFont.REGULAR, BODY, INDENT, INDENT);
                for (ActionExport action : goal.actions()) {
                    pages.paragraph("– " + OverviewReportLines.actionLine(action, labels), PdfFont.REGULAR, BODY,
                            2 * INDENT, 8);
                }
            }
            pages.space(6);
            pages.paragraph(labels.text("overview.report.evaluation"), PdfFont.BOLD, HEADING, 0, 0);
            if (part.evaluation().isEmpty()) {
                pages.paragraph(labels.text("overview.report.noEvaluation"), PdfFont.ITALIC, BODY, INDENT, 0);
            }
            part.evaluation().forEach(answer -> pages.paragraph("– " + answer, PdfFont.REGULAR, BODY, INDENT, 8));
        }
    }
}
