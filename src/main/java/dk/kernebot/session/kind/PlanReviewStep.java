package dk.kernebot.session.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.actionplan.PlanReview;
import dk.kernebot.chat.UserRef;
import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.EntryTags;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.ProcessDefinition;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Term;
import dk.kernebot.session.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * PLAN_REVIEW: the yearly dialogsamtale goes through the chat's handleplan one open goal at a time ("Opfølgning på
 * handleplanen sker ved årlige dialogsamtaler"): the goal's actions and where they stand, what the group writes about
 * it in the step's categories (what has worked, what to adjust, what the data shows, a new goal), and whether the
 * goal goes on, gets new words or is closed ({@link GoalDecisions}). New goals are proposals for the agreement step
 * after it. The goals are read from the plan as it is now, so an action marked done meanwhile shows at once; what
 * was decided reaches the plan when the dialogsamtale is saved.
 */
@Component
class PlanReviewStep implements EntryStep {

    static final String KIND = "PLAN_REVIEW";
    static final String CONTRIBUTE = "session.contribute";

    private final PlanReview plans;
    private final EntryStore entries;
    private final EntryRows rows;
    private final ListPages pages;
    private final PlanReviewCards cards;
    private final GoalDecisions decisions;
    private final GoalNotes notes;
    private final SessionTexts texts;

    PlanReviewStep(PlanReview plans, EntryStore entries, EntryRows rows, ListPages pages, PlanReviewCards cards,
                   GoalDecisions decisions, GoalNotes notes, SessionTexts texts) {
        this.notes = notes;
        this.plans = plans;
        this.entries = entries;
        this.rows = rows;
        this.pages = pages;
        this.cards = cards;
        this.decisions = decisions;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Its categories are declared in the vocabulary; deciding on the goals needs deciding roles and a roles step. */
    @Override
    public List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        List<StepProblem> problems = new ArrayList<>();
        if (step.categories().isEmpty()) {
            problems.add(new StepProblem("categories", "no-categories"));
        }
        List<String> known = vocabularies.of(Vocabularies.CATEGORIES).stream().map(Term::id).toList();
        step.categories().stream().filter(c -> !known.contains(c)).forEach(c -> problems.add(new StepProblem(
                "categories", "unknown-term", c, Vocabularies.CATEGORIES, String.join(", ", known))));
        problems.addAll(Agreements.decidingProblems(before, vocabularies));
        return problems;
    }

    @Override
    public Set<String> verbs() {
        return Set.of(CONTRIBUTE, "session.edit", "session.withdraw", ListPages.VERB, GoalDecisions.VERB);
    }

    @Override
    public EntryRows rows() {
        return rows;
    }

    @Override
    public StepBody body(StepContext context) {
        List<PlanReview.GoalLine> goals = open(context);
        List<Term> categories = categories(context);
        if (goals.isEmpty()) {
            return StepBody.of(cards.empty(context, categories));
        }
        ListPage page = ListPage.of(goals.size(), 1, pages.page(context, goals.size()), false);
        PlanReview.GoalLine goal = goals.get(page.from());
        Verdict verdict = decisions.verdicts(context, List.of(goal)).get(0);
        List<Entry> about = about(context, goal.goalId());
        return StepBody.of(cards.goal(context, goal, page, decisions.view(context, verdict), about.size(), categories),
                cards.notes(context, about));
    }

    @Override
    public Outcome act(StepContext context, StepClick click) {
        if (ListPages.VERB.equals(click.verb())) {
            return pages.choose(context, click, open(context).size());
        }
        if (GoalDecisions.VERB.equals(click.verb())) {
            return decisions.decide(context, click, open(context));
        }
        if (!CONTRIBUTE.equals(click.verb())) {
            return rows.editOrWithdraw(context, click);
        }
        // The card names the goal it showed: a goal closed or gone since then gets no note.
        String goalId = click.string("goalId");
        if (open(context).stream().noneMatch(g -> g.goalId().equals(goalId))) {
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

    /** The new goals written here (a category marked as a goal), for the agreement step after it. */
    @Override
    public List<GoalDraft> goals(GuidedSession session, ProcessDefinition process, StepDefinition step) {
        return entries.active(session.id(), step.id()).stream()
                .filter(e -> process.vocabularies().find(Vocabularies.CATEGORIES, e.category()).map(Term::goal)
                        .orElse(false))
                .map(e -> new GoalDraft(e.text(), process.title().da(), null, null).withSource(e.id()))
                .toList();
    }

    @Override
    public Optional<String> holdsBack(StepContext context) {
        return decisions.holdsBack(context, open(context));
    }

    /** Saved: the goals agreed closed or reworded change in the plan, with who agreed in their history. */
    @Override
    public Optional<String> completed(StepContext context, UserRef by) {
        List<PlanReview.Decision> agreed = decisions.agreed(context, open(context));
        if (agreed.isEmpty()) {
            return Optional.empty();
        }
        PlanReview.Applied applied = plans.apply(context.session().conversationId(), agreed, by);
        return Optional.of(t(context, "session.planReview.applied", applied.closed(), applied.reworded()));
    }

    /** Per goal of the plan: the goal, what was decided for it, then each note with its category and its author. */
    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        Locale locale = context.locale();
        List<Entry> written = entries.active(context.sessionId(), context.stepId());
        Vocabularies words = context.process().vocabularies();
        List<PlanReview.GoalLine> goals = plans.goals(context.session().conversationId(), locale);
        List<Verdict> verdicts = decisions.verdicts(context, goals);
        Map<String, String> goalOf = notes.goals(context.sessionId());
        List<SummaryPart.Line> lines = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            PlanReview.GoalLine goal = goals.get(i);
            List<Entry> about = written.stream().filter(e -> goal.goalId().equals(goalOf.get(e.id()))).toList();
            Optional<SummaryPart.Line> decided = decisions.summaryLine(context, verdicts.get(i));
            if (about.isEmpty() && decided.isEmpty()) {
                continue;
            }
            lines.add(new SummaryPart.Line(t(context, "session.summary.planReview.goal", goal.position(),
                    texts.escape(goal.text()), cards.status(context, goal))));
            decided.ifPresent(lines::add);
            about.forEach(e -> lines.add(new SummaryPart.Line(t(context, "session.summary.line",
                    words.label(Vocabularies.CATEGORIES, e.category(), locale), texts.escape(e.text()), "",
                    texts.name(e.authorName())))));
        }
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new SummaryPart(context.step().title().in(locale), lines, List.of()));
    }

    private List<PlanReview.GoalLine> open(StepContext context) {
        return plans.openGoals(context.session().conversationId(), context.locale());
    }

    private List<Entry> about(StepContext context, String goalId) {
        Map<String, String> goalOf = notes.goals(context.sessionId());
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
