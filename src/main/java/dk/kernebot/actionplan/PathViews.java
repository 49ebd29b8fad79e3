package dk.kernebot.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.CardView;
import org.springframework.stereotype.Component;

/** The card of the handleplan's way ({@code cards/handleplan-path.json}). */
@Component
class PathViews {

    /** One step on the card. */
    record Step(String mark, String color, String label, String when, boolean hasNote, String note) {
    }

    @CardTemplate("handleplan-path")
    record Card(String planId, String title, String intro, boolean hasError, String error, boolean hasInfo, String info,
                List<Step> steps, boolean hasWaiting, String waiting, boolean showWhoMarks, String whoMarks,
                boolean canMark, String markLabel, String dayLabel, String dayValue, String noteLabel,
                String notePlaceholder, String saveLabel, String nextStage, String backLabel) implements CardView {
    }

    private final CardRenderer renderer;
    private final PlanViews plans;

    PathViews(CardRenderer renderer, PlanViews plans) {
        this.renderer = renderer;
        this.plans = plans;
    }

    PlanViews plans() {
        return plans;
    }

    String stage(Locale locale, PathStage stage) {
        return plans.t(locale, "actionplan.path.stage." + stage.name());
    }

    String card(Locale locale, Plan plan, PlanPath.Position position, boolean waitingTooLong, boolean mayMark,
                PlanViews.Note note) {
        List<Step> steps = new ArrayList<>();
        for (PathStage stage : PathStage.values()) {
            Optional<PathEvent> event = position.events().stream().filter(e -> e.pathStage() == stage).findFirst();
            boolean reached = stage.compareTo(position.stage()) <= 0;
            String when;
            if (stage == PathStage.DRAFTED) {
                when = CardText.escapeMarkdown(plans.date(locale, plans.day(plan.createdAt())));
            } else if (event.isPresent()) {
                when = plans.t(locale, "actionplan.path.when", CardText.escapeMarkdown(plans.date(locale, event.get().day())),
                        CardText.escapeMarkdown(event.get().byName() == null ? "?" : event.get().byName()));
            } else {
                when = plans.t(locale, "actionplan.path.notYet");
            }
            String noteText = event.map(PathEvent::note).orElse(null);
            steps.add(new Step(reached ? "✓" : "○", reached ? "Good" : "Default", stage(locale, stage), when,
                    noteText != null, noteText == null ? "" : "\"" + CardText.escapeMarkdown(noteText) + "\""));
        }
        Optional<PathStage> next = position.stage().next();
        String waiting = waitingTooLong && next.isPresent() ? plans.t(locale, "actionplan.path.waiting",
                stage(locale, next.get()), plans.date(locale, position.since())) : "";
        return renderer.render(new Card(plan.id(), plans.t(locale, "actionplan.path.title"),
                plans.t(locale, "actionplan.path.intro"),
                note.error() != null, nullToEmpty(note.error()), note.info() != null, nullToEmpty(note.info()), steps,
                !waiting.isEmpty(), waiting, next.isPresent() && !mayMark, plans.t(locale, "actionplan.path.whoMarks"),
                next.isPresent() && mayMark, next.map(s -> plans.t(locale, "actionplan.path.markLabel", stage(locale, s))).orElse(""),
                plans.t(locale, "actionplan.path.dayLabel"), plans.today().toString(),
                plans.t(locale, "actionplan.path.noteLabel"), plans.t(locale, "actionplan.path.notePlaceholder"),
                plans.t(locale, "actionplan.path.saveLabel"), next.map(Enum::name).orElse(""),
                plans.t(locale, "actionplan.card.backLabel")));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
