package dk.kernebot.actionplan;

import java.util.ArrayList;
import java.util.List;

/** The plan as an A4 document for the kvalitetsrapport and for the bestyrelse, which gets it before the municipality. */
final class PdfExport {

    private static final float TITLE = 18f;
    private static final float GOAL = 13f;
    private static final float ACTION = 11f;
    private static final float BODY = 10f;
    private static final float HISTORY = 9f;
    private static final float INDENT = 14f;

    private final ExportLabels labels;
    private final PdfPages pages;

    private PdfExport(ExportLabels labels, PdfPages pages) {
        this.labels = labels;
        this.pages = pages;
    }

    static byte[] render(PlanExport plan, ExportLabels labels) {
        String heading = labels.text("actionplan.export.heading", plan.title());
        try (PdfPages pages = new PdfPages(heading)) {
            new PdfExport(labels, pages).plan(plan, heading);
            return pages.finish((page, count) -> labels.text("actionplan.export.page", page, count));
        }
    }

    private void plan(PlanExport plan, String heading) {
        pages.paragraph(heading, PdfFont.BOLD, TITLE, 0, 0);
        pages.space(4);
        if (!ExportLabels.isBlank(plan.institutionName())) {
            pages.paragraph(field("actionplan.export.institution", plan.institutionName()), PdfFont.REGULAR, BODY, 0, 0);
        }
        if (plan.date() != null) {
            pages.paragraph(field("actionplan.export.date", labels.date(plan.date())), PdfFont.REGULAR, BODY, 0, 0);
        }
        pages.paragraph(labels.text("actionplan.export.asOf", labels.today()), PdfFont.ITALIC, BODY, 0, 0);
        if (!plan.participants().isEmpty()) {
            pages.space(10);
            pages.paragraph(labels.text("actionplan.export.participants"), PdfFont.BOLD, GOAL, 0, 0);
            plan.participants().forEach(p -> pages.paragraph("– " + labels.participantLine(p), PdfFont.REGULAR, BODY,
                    INDENT, 8));
        }
        if (!plan.path().isEmpty()) {
            pages.space(10);
            pages.keepTogether(PdfPages.lineHeight(GOAL) + PdfPages.lineHeight(BODY) * plan.path().size());
            pages.paragraph(labels.text("actionplan.export.path"), PdfFont.BOLD, GOAL, 0, 0);
            plan.path().forEach(step -> pages.paragraph("– " + labels.pathLine(step), PdfFont.REGULAR, BODY, INDENT, 8));
        }
        for (ExportSection section : plan.sections()) {
            pages.space(10);
            pages.paragraph(section.heading(), PdfFont.BOLD, GOAL, 0, 0);
            section.paragraphs().forEach(paragraph -> {
                pages.space(4);
                pages.paragraph(paragraph, PdfFont.REGULAR, BODY, 0, 0);
            });
        }
        if (plan.goals().isEmpty()) {
            pages.space(12);
            pages.paragraph(labels.text("actionplan.export.noGoals"), PdfFont.REGULAR, BODY, 0, 0);
        }
        for (int i = 0; i < plan.goals().size(); i++) {
            goal(i + 1, plan.goals().get(i));
        }
    }

    private void goal(int number, GoalExport goal) {
        pages.space(14);
        pages.keepTogether(PdfPages.lineHeight(GOAL) * 2 + PdfPages.lineHeight(ACTION) * 2);
        pages.paragraph(labels.text("actionplan.export.goal", number, goal.text()), PdfFont.BOLD, GOAL, 0, 0);
        List<String> facts = new ArrayList<>();
        if (!ExportLabels.isBlank(goal.agendaPoint())) {
            facts.add(field("actionplan.export.agendaPoint", goal.agendaPoint()));
        }
        if (!labels.qualityType(goal.qualityType()).isEmpty()) {
            facts.add(field("actionplan.export.qualityType", labels.qualityType(goal.qualityType())));
        }
        if (!labels.capital(goal.capital()).isEmpty()) {
            facts.add(field("actionplan.export.capital", labels.capital(goal.capital())));
        }
        if (!facts.isEmpty()) {
            pages.paragraph(String.join("  ·  ", facts), PdfFont.REGULAR, BODY, 0, 0);
        }
        if (goal.closed()) {
            pages.paragraph(labels.text("actionplan.export.goalClosed"), PdfFont.ITALIC, BODY, 0, 0);
        }
        for (GoalChange change : goal.history()) {
            pages.paragraph("– " + labels.goalLine(change), PdfFont.ITALIC, HISTORY, 0, 8);
        }
        if (goal.actions().isEmpty()) {
            pages.space(4);
            pages.paragraph(labels.text("actionplan.export.noActions"), PdfFont.ITALIC, BODY, INDENT, 0);
        }
        for (ActionExport action : goal.actions()) {
            action(action);
        }
    }

    private void action(ActionExport action) {
        pages.space(6);
        pages.keepTogether(PdfPages.lineHeight(ACTION) + PdfPages.lineHeight(BODY) * 2);
        pages.paragraph("• " + action.text(), PdfFont.BOLD, ACTION, INDENT, INDENT - 4);
        List<String> details = new ArrayList<>();
        details.add(field("actionplan.export.owner", ExportLabels.isBlank(action.ownerName()) ? "–" : action.ownerName()));
        details.add(field("actionplan.export.due", action.due() == null ? "–" : labels.date(action.due())));
        details.add(field("actionplan.export.status", labels.status(action.status())));
        pages.paragraph(String.join("  ·  ", details), PdfFont.REGULAR, BODY, 2 * INDENT - 4, 0);
        if (labels.overdue(action)) {
            pages.paragraph(capitalised(labels.text("actionplan.export.overdue")), PdfFont.BOLD, BODY,
                    2 * INDENT - 4, 0);
        }
        if (!action.history().isEmpty()) {
            pages.paragraph(labels.text("actionplan.export.history") + ":", PdfFont.ITALIC, HISTORY, 2 * INDENT - 4, 0);
            for (StatusChange change : action.history()) {
                pages.paragraph("– " + labels.historyLine(change), PdfFont.ITALIC, HISTORY, 2 * INDENT + 4, 8);
            }
        }
    }

    private String field(String key, String value) {
        return labels.text(key) + ": " + value;
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(labels.locale()) + text.substring(1);
    }
}
