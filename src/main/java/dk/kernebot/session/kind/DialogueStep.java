package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.StepDefinition;
import org.springframework.stereotype.Component;

/**
 * DIALOGUE: an agenda point of a quality conversation: notes, an assessment (what the data shows, blind spots) and
 * proposed goals, the goals tagged with a quality type and a kind of professional capital (Nordfyn's model).
 */
@Component
class DialogueStep implements StepType {

    static final String KIND = "DIALOGUE";
    static final List<String> CATEGORIES = List.of("NOTE", "ASSESSMENT", "GOAL");
    static final List<String> QUALITY_TYPES = List.of("STRUKTUR", "PROCES", "RESULTAT");
    static final List<String> CAPITALS = List.of("INDIVIDUEL", "SOCIAL", "BESLUTNING");

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
                String capitalLabel, String tagPlaceholder, List<Choice> qualityChoices, List<Choice> capitalChoices) implements CardView {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<String> problems(StepDefinition step, List<StepDefinition> before) {
        if (step.categories().isEmpty() || !CATEGORIES.containsAll(step.categories())) {
            return List.of("Trin \"" + step.id() + "\": \"categories\" skal være en eller flere af " + CATEGORIES + ".");
        }
        return List.of();
    }

    @Override
    public Set<String> verbs() {
        return Set.of("session.contribute", "session.edit", "session.withdraw");
    }

    @Override
    public boolean collectsVoices() {
        return true;
    }

    @Override
    public List<String> contributors(StepContext context) {
        return rows.authors(context);
    }

    @Override
    public StepBody body(StepContext context) {
        Locale locale = context.locale();
        List<String> categories = context.step().categories();
        List<EntryRow> list = entries.active(context.sessionId(), context.stepId()).stream()
                .map(entry -> rows.row(context, entry, category(locale, entry.level()) + ": ", texts.escape(entry.text()),
                        entry.inPractice(), rows.byline(context, entry), tags(locale, entry).strip(), EntryButtons.EDIT_ONLY))
                .toList();
        View view = new View(context.ref(), ContributeForm.of(texts, locale, KIND), categories.size() > 1,
                texts.t(locale, "session.input.category"), categories.get(0),
                categories.stream().map(c -> new Choice(texts.t(locale, "session.categoryChoice." + c), c)).toList(),
                categories.contains("GOAL"), texts.t(locale, "session.input.quality"),
                texts.t(locale, "session.input.capital"), texts.t(locale, "session.input.tagPlaceholder"),
                choices(locale, QUALITY_TYPES), choices(locale, CAPITALS));
        return StepBody.of(view, rows.view(context, KIND, list));
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
        List<String> categories = context.step().categories();
        String category = click.string("category") == null && categories.size() == 1 ? categories.get(0)
                : click.string("category");
        if (category == null || !categories.contains(category)) {
            return Outcome.refused(texts.t(context.locale(), "session.error.category"));
        }
        List<String> tags = !"GOAL".equals(category) ? List.of() : Stream.of(click.string("quality"), click.string("capital"))
                .filter(v -> v != null && (QUALITY_TYPES.contains(v) || CAPITALS.contains(v))).toList();
        entries.add(context.sessionId(), context.stepId(), click.user(), text, category, tags);
        return Outcome.changed();
    }

    /** The goals proposed under this agenda point, tagged as the group tagged them. */
    @Override
    public List<GoalDraft> goals(GuidedSession session, StepDefinition step) {
        return entries.active(session.id(), step.id()).stream().filter(e -> "GOAL".equals(e.level()))
                .map(e -> new GoalDraft(e.text(), step.title().da(),
                        e.values().stream().filter(QUALITY_TYPES::contains).findFirst().orElse(null),
                        e.values().stream().filter(CAPITALS::contains).findFirst().orElse(null)))
                .toList();
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        Locale locale = context.locale();
        List<Entry> written = entries.active(context.sessionId(), context.stepId());
        if (written.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SummaryPart(context.step().title().in(locale), written.stream()
                .map(e -> new SummaryPart.Line(texts.t(locale, "session.summary.line", category(locale, e.level()),
                        texts.escape(e.text()), tags(locale, e), texts.name(e.authorName())))).toList(), List.of()));
    }

    private String category(Locale locale, String category) {
        return texts.t(locale, "session.category." + (category == null ? "NOTE" : category));
    }

    /** " (proceskvalitet · social kapital)" for a tagged goal, empty otherwise. */
    private String tags(Locale locale, Entry entry) {
        if (entry.values().isEmpty()) {
            return "";
        }
        return " (" + entry.values().stream().map(v -> texts.t(locale, "session.tag." + v))
                .collect(Collectors.joining(" · ")) + ")";
    }

    private List<Choice> choices(Locale locale, List<String> values) {
        return values.stream().map(v -> new Choice(texts.t(locale, "session.tag." + v), v)).toList();
    }
}
