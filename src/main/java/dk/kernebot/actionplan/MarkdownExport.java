package dk.kernebot.actionplan;

import java.util.List;

/** The plan as a Markdown document (GitHub/CommonMark tables) to paste into the kvalitetsrapport. */
final class MarkdownExport {

    private final ExportLabels labels;
    private final StringBuilder out = new StringBuilder(4096);

    private MarkdownExport(ExportLabels labels) {
        this.labels = labels;
    }

    static String render(PlanExport plan, ExportLabels labels) {
        return new MarkdownExport(labels).plan(plan);
    }

    private String plan(PlanExport plan) {
        line("# " + labels.text("actionplan.export.heading", Markdown.escape(plan.title())));
        line("");
        if (!ExportLabels.isBlank(plan.institutionName())) {
            line(field("actionplan.export.institution", Markdown.escape(plan.institutionName())) + "  ");
        }
        if (plan.date() != null) {
            line(field("actionplan.export.date", labels.date(plan.date())) + "  ");
        }
        line("*" + labels.text("actionplan.export.asOf", labels.today()) + "*");
        if (!plan.participants().isEmpty()) {
            line("");
            line("## " + labels.text("actionplan.export.participants"));
            line("");
            plan.participants().forEach(person -> line("- " + Markdown.escape(labels.participantLine(person))));
        }
        if (!plan.path().isEmpty()) {
            line("");
            line("## " + labels.text("actionplan.export.path"));
            line("");
            plan.path().forEach(step -> line("- " + Markdown.escape(labels.pathLine(step))));
        }
        for (ExportSection section : plan.sections()) {
            line("");
            line("## " + Markdown.escape(section.heading()));
            section.paragraphs().forEach(paragraph -> {
                line("");
                line(Markdown.escape(paragraph));
            });
        }
        if (plan.goals().isEmpty()) {
            line("");
            line(labels.text("actionplan.export.noGoals"));
        }
        for (int i = 0; i < plan.goals().size(); i++) {
            goal(i + 1, plan.goals().get(i));
        }
        return out.toString();
    }

    private void goal(int number, GoalExport goal) {
        line("");
        line("## " + labels.text("actionplan.export.goal", number, Markdown.escape(goal.text())));
        String facts = String.join(" · ", List.of(
                optional("actionplan.export.agendaPoint", Markdown.escape(goal.agendaPoint())),
                optional("actionplan.export.qualityType", labels.qualityType(goal.qualityType())),
                optional("actionplan.export.capital", labels.capital(goal.capital()))).stream()
                .filter(fact -> !fact.isEmpty()).toList());
        if (!facts.isEmpty()) {
            line("");
            line(facts);
        }
        if (goal.closed()) {
            line("");
            line("*" + labels.text("actionplan.export.goalClosed") + "*");
        }
        if (!goal.history().isEmpty()) {
            line("");
            goal.history().forEach(change -> line("- " + Markdown.escape(labels.goalLine(change))));
        }
        line("");
        if (goal.actions().isEmpty()) {
            line(labels.text("actionplan.export.noActions"));
            return;
        }
        line("| " + labels.text("actionplan.export.action") + " | " + labels.text("actionplan.export.owner") + " | "
                + labels.text("actionplan.export.due") + " | " + labels.text("actionplan.export.status") + " |");
        line("|---|---|---|---|");
        for (ActionExport action : goal.actions()) {
            String status = Markdown.escape(labels.status(action.status()));
            if (labels.overdue(action)) {
                status = (status.isEmpty() ? "" : status + ", ") + "**" + labels.text("actionplan.export.overdue") + "**";
            }
            line("| " + Markdown.escape(action.text()) + " | " + Markdown.escape(action.ownerName()) + " | "
                    + labels.date(action.due()) + " | " + status + " |");
        }
        if (goal.actions().stream().anyMatch(action -> !action.history().isEmpty())) {
            history(goal.actions());
        }
    }

    private void history(List<ActionExport> actions) {
        line("");
        line("**" + labels.text("actionplan.export.history") + "**");
        line("");
        for (ActionExport action : actions) {
            if (action.history().isEmpty()) {
                continue;
            }
            line("- " + Markdown.escape(action.text()));
            for (StatusChange change : action.history()) {
                line("  - " + Markdown.escape(labels.historyLine(change)));
            }
        }
    }

    private String field(String key, String value) {
        return "**" + labels.text(key) + ":** " + value;
    }

    private String optional(String key, String value) {
        return value.isEmpty() ? "" : field(key, value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
