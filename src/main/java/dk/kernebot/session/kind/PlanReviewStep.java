package dk.kernebot.session.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.PlanReview;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.EntryTags;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Term;
import dk.kernebot.session.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * PLAN_REVIEW: the yearly dialogsamtale goes through the chat's handleplan one open goal at a time ("Opfølgning på
 * handleplanen sker ved årlige dialogsamtaler"): the goal's actions and where they stand, and what the group writes
 * about it in the step's categories (what has worked, what to adjust, what the data shows). The goals are read from
 * the plan as it is now, so an action marked done during the dialogue shows at once.
 */
@Component
class PlanReviewStep implements EntryStep {

    static final String KIND = "PLAN_REVIEW";
    static final String CONTRIBUTE = "session.contribute";
    /** The notes about one goal shown on its card, newest last; the summary has them all. */
    static final int NOTES_SHOWN = 6;

    private final PlanReview plans;
    private final EntryStore entries;
    private final EntryRows rows;
    private final ListPages pages;
    private final GoalNotes notes;
    private final SessionTexts texts;

    PlanReviewStep(PlanReview plans, EntryStore entries, EntryRows rows, ListPages pages, GoalNotes notes,
                   SessionTexts texts) {
        this.notes = notes;
        this.plans = plans;
        this.entries = entries;
        this.rows = rows;
        this.pages = pages;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-plan-review.json}. */
    @CardTemplate("session-plan-review")
    record View(StepRef step, boolean hasGoal, String noGoalsText, String goalId, String goalHeading,
                String statusText, String statusColor, String actionsLabel, boolean noActions, String noActionsText,
                List<ActionRow> actions, boolean hasPaging, String pageText, boolean hasPrevious, String previousLabel,
                int previousPage, boolean hasMore, String moreLabel, int nextPage, boolean hasEarlier,
                String earlierText, boolean canWrite,
                ContributeForm form, String categoryLabel, String defaultCategory, List<Choice> categoryChoices)
            implements CardView {

        View {
            actions = List.copyOf(actions);
            categoryChoices = List.copyOf(categoryChoices);
        }
    }

    /** One action of the goal: what, who and when, and where it stands. */
    record ActionRow(String text, String details, String color) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The notes' categories are declared in the process's vocabulary, as for a dialogue step. */
    @Override
    public List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        List<StepProblem> problems = new ArrayList<>();
        if (step.categories().isEmpty()) {
            problems.add(new StepProblem("categories", "no-categories"));
        }
        List<String> known = vocabularies.of(Vocabularies.CATEGORIES).stream().map(Term::id).toList();
        step.categories().stream().filter(c -> !known.contains(c)).forEach(c -> problems.add(new StepProblem(
                "categories", "unknown-term", c, Vocabularies.CATEGORIES, String.join(", ", known))));
        return problems;
    }

    @Override
    public Set<String> verbs() {
        return Set.of(CONTRIBUTE, "session.edit", "session.withdraw", ListPages.VERB);
    }

    @Override
    public EntryRows rows() {
        return rows;
    }

    @Override
    public StepBody body(StepContext context) {
        Locale locale = context.locale();
        List<PlanReview.GoalLine> goals = plans.openGoals(context.session().conversationId(), locale);
        List<Term> categories = categories(context);
        ContributeForm form = ContributeForm.of(texts, locale, KIND);
        String categoryLabel = t(context, "session.input.category");
        List<Choice> choices = categories.stream().map(c -> new Choice(c.choice(locale), c.id())).toList();
        String defaultCategory = categories.isEmpty() ? "" : categories.get(0).id();
        if (goals.isEmpty()) {
            return StepBody.of(new View(context.ref(), false, t(context, "session.planReview.noGoals"), "", "", "",
                    "Default", "", true, "", List.of(), false, "", false, "", 0, false, "", 0, false, "", false, form,
                    categoryLabel, defaultCategory, choices));
        }
        ListPage page = ListPage.of(goals.size(), 1, pages.page(context, goals.size()), false);
        PlanReview.GoalLine goal = goals.get(page.from());
        List<ActionRow> actions = goal.actions().stream().map(a -> new ActionRow(texts.escape(a.text()),
                t(context, a.overdue() ? "session.planReview.action.overdue" : "session.planReview.action",
                        texts.name(a.ownerName()), a.due(), a.status().toLowerCase(locale)),
                a.overdue() ? "Attention" : a.finished() ? "Good" : "Default")).toList();
        int earlier = Math.max(0, about(context, goal.goalId()).size() - NOTES_SHOWN);
        View view = new View(context.ref(), true, "", goal.goalId(),
                t(context, "session.planReview.heading", goal.position(), texts.escape(goal.text())),
                status(context, goal), color(goal), t(context, "session.planReview.actions"), actions.isEmpty(),
                t(context, "session.planReview.noActions"), actions, page.paged(),
                t(context, "session.planReview.page", page.page(), page.pages()), page.hasPrevious(),
                t(context, "session.planReview.previous"), page.page() - 1, page.hasNext(),
                t(context, "session.planReview.next"), page.page() + 1, earlier > 0,
                t(context, "session.planReview.earlier", earlier, NOTES_SHOWN), context.isCurrent(), form, categoryLabel,
                defaultCategory, choices);
        return StepBody.of(view, notes(context, goal));
    }

    /** What the group wrote about this goal, the newest {@link #NOTES_SHOWN}, each with "Ret" for its author. */
    private EntriesView notes(StepContext context, PlanReview.GoalLine goal) {
        Locale locale = context.locale();
        Vocabularies words = context.process().vocabularies();
        List<Entry> about = about(context, goal.goalId());
        int from = Math.max(0, about.size() - NOTES_SHOWN);
        List<EntryRow> shown = about.subList(from, about.size()).stream().map(e -> rows.row(context, e,
                words.label(Vocabularies.CATEGORIES, e.category(), locale) + ": ", texts.escape(e.text()), false,
                rows.byline(context, e), "", EntryButtons.EDIT_ONLY)).toList();
        return new EntriesView(context.ref(), t(context, "session.entries.PLAN_REVIEW"), about.isEmpty(),
                t(context, "session.entries.none.PLAN_REVIEW"), shown, false, "", false, "", 0, false, "", 0);
    }

    @Override
    public Outcome act(StepContext context, StepClick click) {
        if (ListPages.VERB.equals(click.verb())) {
            return pages.choose(context, click,
                    plans.openGoals(context.session().conversationId(), context.locale()).size());
        }
        if (!CONTRIBUTE.equals(click.verb())) {
            return rows.editOrWithdraw(context, click);
        }
        // The card names the goal it showed: a goal closed or gone since then gets no note.
        String goalId = click.string("goalId");
        boolean open = plans.openGoals(context.session().conversationId(), context.locale()).stream()
                .anyMatch(g -> g.goalId().equals(goalId));
        if (!open) {
            return Outcome.refused(t(context, "session.planReview.goalGone"));
        }
        String text = click.text("text");
        Optional<String> problem = rows.problem(context, text);
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        List<Term> categories = categories(context);
        String chosen = click.string("category") == null && categories.size() == 1 ? categories.get(0).id()
                : click.string("category");
        if (categories.stream().noneMatch(c -> c.id().equals(chosen))) {
            return Outcome.refused(t(context, "session.planReview.error.category"));
        }
        Entry note = entries.add(context.sessionId(), context.stepId(), click.user(), text,
                EntryTags.dialogue(chosen, null, null));
        notes.link(note.id(), context.sessionId(), goalId);
        return Outcome.changed();
    }

    /** Per goal of the plan the group wrote about: the goal, then each note with its category and who wrote it. */
    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        Locale locale = context.locale();
        List<Entry> written = entries.active(context.sessionId(), context.stepId());
        if (written.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, String> goalOf = notes.goals(context.sessionId());
        Vocabularies words = context.process().vocabularies();
        List<SummaryPart.Line> lines = new ArrayList<>();
        for (PlanReview.GoalLine goal : plans.goals(context.session().conversationId(), locale)) {
            List<Entry> about = written.stream().filter(e -> goal.goalId().equals(goalOf.get(e.id()))).toList();
            if (about.isEmpty()) {
                continue;
            }
            lines.add(new SummaryPart.Line(t(context, "session.summary.planReview.goal", goal.position(),
                    texts.escape(goal.text()), status(context, goal))));
            about.forEach(e -> lines.add(new SummaryPart.Line(t(context, "session.summary.line",
                    words.label(Vocabularies.CATEGORIES, e.category(), locale), texts.escape(e.text()), "",
                    texts.name(e.authorName())))));
        }
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new SummaryPart(context.step().title().in(locale), lines, List.of()));
    }

    /** "2 handlinger: 1 færdig, 1 over fristen", or that it has none yet. */
    private String status(StepContext context, PlanReview.GoalLine goal) {
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

    private List<Entry> about(StepContext context, String goalId) {
        java.util.Map<String, String> goalOf = notes.goals(context.sessionId());
        return entries.active(context.sessionId(), context.stepId()).stream()
                .filter(e -> goalId.equals(goalOf.get(e.id()))).toList();
    }

    private static List<Term> categories(StepContext context) {
        Vocabularies words = context.process().vocabularies();
        return context.step().categories().stream().map(c -> words.find(Vocabularies.CATEGORIES, c))
                .flatMap(Optional::stream).toList();
    }

    private String t(StepContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}
