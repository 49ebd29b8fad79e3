package dk.kernebot.session.kind;

import java.util.List;
import java.util.Locale;

import dk.kernebot.actionplan.PlanReview;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import dk.kernebot.session.Entry;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.Term;
import dk.kernebot.session.Vocabularies;
import org.springframework.stereotype.Component;

/** The card of a dialogsamtale's review: one goal of the handleplan, its actions, the decision on it, the notes. */
@Component
class PlanReviewCards {

    /** The notes about one goal shown on its card, newest last; the summary has them all. */
    static final int NOTES_SHOWN = 6;

    private final EntryRows rows;
    private final SessionTexts texts;

    PlanReviewCards(EntryRows rows, SessionTexts texts) {
        this.rows = rows;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-plan-review.json}. */
    @CardTemplate("session-plan-review")
    record View(StepRef step, boolean hasGoal, String noGoalsText, String goalId, String goalHeading,
                String statusText, String statusColor, String actionsLabel, boolean noActions, String noActionsText,
                List<ActionRow> actions, GoalDecisions.View decision, boolean hasPaging, String pageText,
                boolean hasPrevious, String previousLabel, int previousPage, boolean hasMore, String moreLabel,
                int nextPage, boolean hasEarlier, String earlierText, boolean canWrite, ContributeForm form,
                String categoryLabel, String defaultCategory, List<Choice> categoryChoices) implements CardView {

        View {
            actions = List.copyOf(actions);
            categoryChoices = List.copyOf(categoryChoices);
        }
    }

    /** One action of the goal: what, who and when, and where it stands. */
    record ActionRow(String text, String details, String color) {
    }

    /** The step when the plan has no open goal. */
    View empty(StepContext context, List<Term> categories) {
        return new View(context.ref(), false, t(context, "session.planReview.noGoals"), "", "", "", "Default", "",
                true, "", List.of(), GoalDecisions.View.NONE, false, "", false, "", 0, false, "", 0, false, "", false,
                ContributeForm.of(texts, context.locale(), PlanReviewStep.KIND), "", "", choices(context, categories));
    }

    /** The goal on page {@code page} of the open goals, with its decision and the number of notes about it. */
    View goal(StepContext context, PlanReview.GoalLine goal, ListPage page, GoalDecisions.View decision, int notes,
              List<Term> categories) {
        Locale locale = context.locale();
        List<ActionRow> actions = goal.actions().stream().map(a -> new ActionRow(texts.escape(a.text()),
                t(context, a.overdue() ? "session.planReview.action.overdue" : "session.planReview.action",
                        texts.name(a.ownerName()), a.due(), a.status().toLowerCase(locale)),
                a.overdue() ? "Attention" : a.finished() ? "Good" : "Default")).toList();
        int earlier = Math.max(0, notes - NOTES_SHOWN);
        return new View(context.ref(), true, "", goal.goalId(),
                t(context, "session.planReview.heading", goal.position(), texts.escape(goal.text())),
                status(context, goal), color(goal), t(context, "session.planReview.actions"), actions.isEmpty(),
                t(context, "session.planReview.noActions"), actions, decision, page.paged(),
                t(context, "session.planReview.page", page.page(), page.pages()), page.hasPrevious(),
                t(context, "session.planReview.previous"), page.page() - 1, page.hasNext(),
                t(context, "session.planReview.next"), page.page() + 1, earlier > 0,
                t(context, "session.planReview.earlier", earlier, NOTES_SHOWN), context.isCurrent(),
                ContributeForm.of(texts, locale, PlanReviewStep.KIND), t(context, "session.input.category"),
                categories.isEmpty() ? "" : categories.get(0).id(), choices(context, categories));
    }

    /** What the group wrote about the goal, the newest {@link #NOTES_SHOWN}, each with "Ret" for its author. */
    EntriesView notes(StepContext context, List<Entry> about) {
        Vocabularies words = context.process().vocabularies();
        int from = Math.max(0, about.size() - NOTES_SHOWN);
        List<EntryRow> shown = rows.rows(context, about.subList(from, about.size()), (e, byline) -> rows.row(context,
                e, words.label(Vocabularies.CATEGORIES, e.category(), context.locale()) + ": ", texts.escape(e.text()),
                false, byline, "", EntryButtons.EDIT_ONLY));
        return new EntriesView(context.ref(), t(context, "session.entries.PLAN_REVIEW"), about.isEmpty(),
                t(context, "session.entries.none.PLAN_REVIEW"), shown, false, "", false, "", 0, false, "", 0);
    }

    /** "2 handlinger: 1 er færdig, 1 er over fristen", or that it has none yet. */
    String status(StepContext context, PlanReview.GoalLine goal) {
        List<PlanReview.ActionLine> actions = goal.actions();
        if (goal.closed()) {
            return t(context, "session.planReview.status.closed");
        }
        if (actions.isEmpty()) {
            return t(context, "session.planReview.status.none");
        }
        long finished = actions.stream().filter(PlanReview.ActionLine::finished).count();
        long overdue = actions.stream().filter(PlanReview.ActionLine::overdue).count();
        return t(context, "session.planReview.status", actions.size(), finished, overdue);
    }

    private static String color(PlanReview.GoalLine goal) {
        if (goal.actions().stream().anyMatch(PlanReview.ActionLine::overdue)) {
            return "Attention";
        }
        boolean done = !goal.actions().isEmpty() && goal.actions().stream().allMatch(PlanReview.ActionLine::finished);
        return done ? "Good" : "Default";
    }

    private static List<Choice> choices(StepContext context, List<Term> categories) {
        return categories.stream().map(c -> new Choice(c.choice(context.locale()), c.id())).toList();
    }

    private String t(StepContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}
