package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.EntryTags;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.ProcessDefinition;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Term;
import dk.kernebot.session.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * DIALOGUE: an agenda point of a quality conversation: notes, an assessment (what the data shows, blind spots) and
 * proposed goals, the goals tagged with a quality type and a kind of professional capital (Nordfyn's model).
 */
@Component
class DialogueStep implements EntryStep {

    static final String KIND = "DIALOGUE";

    private final EntryStore entries;
    private final EntryRows rows;
    private final SessionTexts texts;

    DialogueStep(EntryStore entries, EntryRows rows, SessionTexts texts) {
        this.entries = entries;
        this.rows = rows;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-dialogue.json}. */
    @CardTemplate("session-dialogue")
    record View(StepRef step, ContributeForm form, boolean hasCategoryChoice, String categoryLabel,
                String defaultCategory, List<Choice> categoryChoices, boolean hasGoalTags, String qualityLabel,
                String capitalLabel, String tagPlaceholder, List<Choice> qualityChoices, List<Choice> capitalChoices)
            implements CardView {
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Its categories are declared in the process's vocabulary; a goal category needs quality types and capitals. */
    @Override
    public List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        List<StepProblem> problems = new java.util.ArrayList<>();
        if (step.categories().isEmpty()) {
            problems.add(new StepProblem("categories", "no-categories"));
        }
        List<String> known = vocabularies.of(Vocabularies.CATEGORIES).stream().map(Term::id).toList();
        step.categories().stream().filter(c -> !known.contains(c)).forEach(c -> problems.add(new StepProblem(
                "categories", "unknown-term", c, Vocabularies.CATEGORIES, String.join(", ", known))));
        boolean goals = step.categories().stream().anyMatch(c -> vocabularies.find(Vocabularies.CATEGORIES, c)
                .map(Term::goal).orElse(false));
        for (String tags : List.of(Vocabularies.QUALITY_TYPES, Vocabularies.CAPITALS)) {
            if (goals && vocabularies.of(tags).isEmpty()) {
                problems.add(new StepProblem("categories", "missing-vocabulary", tags));
            }
        }
        return problems;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("session.contribute", "session.edit", "session.withdraw", ListPages.VERB);
    }

    @Override
    public EntryRows rows() {
        return rows;
    }

    @Override
    public StepBody body(StepContext context) {
        Locale locale = context.locale();
        Vocabularies words = context.process().vocabularies();
        List<Term> categories = categories(context);
        EntriesView list = rows.view(context, KIND, context.stepId(), (entry, byline) -> rows.row(context, entry,
                        words.label(Vocabularies.CATEGORIES, entry.category(), locale) + ": ",
                        texts.escape(entry.text()), entry.inPractice(), byline,
                        tags(context, entry).strip(), EntryButtons.EDIT_ONLY));
        View view = new View(context.ref(), ContributeForm.of(texts, locale, KIND, context.process()),
                categories.size() > 1,
                texts.t(locale, "session.input.category"), categories.get(0).id(),
                categories.stream().map(c -> new Choice(c.choice(locale), c.id())).toList(),
                categories.stream().anyMatch(Term::goal), texts.t(locale, "session.input.quality"),
                texts.t(locale, "session.input.capital"), texts.t(locale, "session.input.tagPlaceholder"),
                choices(words.of(Vocabularies.QUALITY_TYPES), locale), choices(words.of(Vocabularies.CAPITALS), locale));
        return StepBody.of(view, list);
    }

    @Override
    public Outcome act(StepContext context, StepClick click) {
        if (!"session.contribute".equals(click.verb())) {
            return rows.editOrWithdraw(context, click);
        }
        String text = click.text("text");
        Optional<String> problem = rows.problem(context, text);
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        List<Term> categories = categories(context);
        String chosen = click.string("category") == null && categories.size() == 1 ? categories.get(0).id()
                : click.string("category");
        Optional<Term> category = categories.stream().filter(c -> c.id().equals(chosen)).findFirst();
        if (category.isEmpty()) {
            return Outcome.refused(texts.t(context.locale(), "session.error.category"));
        }
        Vocabularies words = context.process().vocabularies();
        boolean goal = category.get().goal();
        String quality = goal && words.has(Vocabularies.QUALITY_TYPES, click.string("quality")) ? click.string("quality") : null;
        String capital = goal && words.has(Vocabularies.CAPITALS, click.string("capital")) ? click.string("capital") : null;
        entries.add(context.sessionId(), context.stepId(), click.user(), text,
                EntryTags.dialogue(category.get().id(), quality, capital));
        return Outcome.changed();
    }

    /** The goals proposed under this agenda point, tagged as the group tagged them. */
    @Override
    public List<GoalDraft> goals(GuidedSession session, ProcessDefinition process, StepDefinition step) {
        return entries.active(session.id(), step.id()).stream()
                .filter(e -> process.vocabularies().find(Vocabularies.CATEGORIES, e.category()).map(Term::goal)
                        .orElse(false))
                .map(e -> new GoalDraft(e.text(), step.title().da(), e.qualityType(), e.capital()).withSource(e.id()))
                .toList();
    }

    /**
     * What the group said it will change (entries of a category marked {@code "action": true}, such as the læreplan
     * evaluation's "Det ændrer vi"), across the process's dialogue steps in order: the summary's form can make them
     * actions in the handleplan.
     */
    List<Entry> actions(GuidedSession session, ProcessDefinition process) {
        Vocabularies words = process.vocabularies();
        return process.steps().stream().filter(step -> KIND.equals(step.kind()))
                .flatMap(step -> entries.active(session.id(), step.id()).stream())
                .filter(e -> words.find(Vocabularies.CATEGORIES, e.category()).map(Term::action).orElse(false))
                .toList();
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        Locale locale = context.locale();
        List<Entry> written = entries.active(context.sessionId(), context.stepId());
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Vocabularies words = context.process().vocabularies();
        // Under a step titled as its one category (the læreplan's "Det ville vi") the label would repeat the heading.
        String heading = context.step().title().in(locale);
        return Optional.of(new SummaryPart(heading, written.stream()
                .map(e -> new SummaryPart.Line(
                        heading.equals(words.label(Vocabularies.CATEGORIES, e.category(), locale))
                        ? texts.t(locale, "session.summary.line.single", texts.escape(e.text()), tags(context, e),
                                texts.name(e.authorName()))
                        : texts.t(locale, "session.summary.line",
                                words.label(Vocabularies.CATEGORIES, e.category(), locale), texts.escape(e.text()),
                                tags(context, e), texts.name(e.authorName())))).toList(), List.of()));
    }

    /** The step's categories as the process declares them, in the step's order. */
    private static List<Term> categories(StepContext context) {
        Vocabularies words = context.process().vocabularies();
        return context.step().categories().stream().map(c -> words.find(Vocabularies.CATEGORIES, c))
                .flatMap(Optional::stream).toList();
    }

    /** " (proceskvalitet · social kapital)" for a tagged goal, empty otherwise. */
    private static String tags(StepContext context, Entry entry) {
        Vocabularies words = context.process().vocabularies();
        List<String> tags = new java.util.ArrayList<>();
        if (entry.qualityType() != null) {
            tags.add(words.label(Vocabularies.QUALITY_TYPES, entry.qualityType(), context.locale()));
        }
        if (entry.capital() != null) {
            tags.add(words.label(Vocabularies.CAPITALS, entry.capital(), context.locale()));
        }
        return tags.isEmpty() ? "" : " (" + String.join(" · ", tags) + ")";
    }

    private static List<Choice> choices(List<Term> terms, Locale locale) {
        return terms.stream().map(t -> new Choice(t.label(locale), t.id())).toList();
    }
}
