package dk.kernebot.session.kind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
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
 * THEME: the ordstyrer chooses the one læreplanstema the session evaluates (a læreplan is evaluated one theme at a
 * time, so the group's documentation and analysis stay on one thing). The choice is an entry of the step, tagged with
 * the theme's id; choosing again replaces it, so the session always has at most one.
 */
@Component
class ThemeStep implements StepType {

    static final String KIND = "THEME";
    static final String VERB = "session.theme";

    private final EntryStore entries;
    private final SessionTexts texts;

    ThemeStep(EntryStore entries, SessionTexts texts) {
        this.entries = entries;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-theme.json}. */
    @CardTemplate("session-theme")
    record View(StepRef step, boolean hasTheme, String chosenText, boolean noTheme, String noThemeText,
                String chooseLabel, String themeLabel, String themeError, String defaultTheme, List<Choice> themeChoices,
                String submitLabel) implements CardView {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        return vocabularies.of(Vocabularies.THEMES).isEmpty()
                ? List.of(new StepProblem("kind", "missing-vocabulary", Vocabularies.THEMES)) : List.of();
    }

    @Override
    public Set<String> verbs() {
        return Set.of(VERB);
    }

    @Override
    public StepBody body(StepContext context) {
        Locale locale = context.locale();
        Optional<Entry> chosen = chosen(context.session(), context.step());
        List<Term> themes = context.process().vocabularies().of(Vocabularies.THEMES);
        String chosenText = chosen.map(e -> texts.t(locale, "laereplan.theme.chosen",
                label(context.process(), e, locale), texts.name(e.authorName()))).orElse("");
        View view = new View(context.ref(), chosen.isPresent(), chosenText, chosen.isEmpty(),
                texts.t(locale, "laereplan.theme.none", texts.name(context.session().facilitatorName())),
                texts.t(locale, chosen.isPresent() ? "laereplan.theme.change" : "laereplan.theme.choose"),
                texts.t(locale, "laereplan.theme.label"), texts.t(locale, "laereplan.theme.error"),
                chosen.map(Entry::category).orElse(themes.get(0).id()),
                themes.stream().map(t -> new Choice(t.label(locale), t.id())).toList(),
                texts.t(locale, "laereplan.theme.submit"));
        return StepBody.of(view);
    }

    /** Only the ordstyrer chooses: the theme frames everything the group writes after it. */
    @Override
    public Outcome act(StepContext context, StepClick click) {
        GuidedSession session = context.session();
        if (!session.isFacilitator(click.user().id())) {
            return Outcome.notice(texts.t(context.locale(), "laereplan.theme.facilitatorOnly",
                    texts.name(session.facilitatorName())));
        }
        String theme = click.string("theme");
        if (!context.process().vocabularies().has(Vocabularies.THEMES, theme)) {
            return Outcome.refused(texts.t(context.locale(), "laereplan.theme.error"));
        }
        entries.active(session.id(), context.stepId()).forEach(e -> entries.withdraw(e.id()));
        entries.add(session.id(), context.stepId(), click.user(), theme, EntryTags.dialogue(theme, null, null));
        return Outcome.changed();
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        Locale locale = context.locale();
        return chosen(context.session(), context.step()).map(e -> new SummaryPart(
                texts.t(locale, "laereplan.summary.theme"),
                List.of(new SummaryPart.Line(label(context.process(), e, locale))), List.of()));
    }

    /** The theme the session evaluates, in the reader's words, if the ordstyrer has chosen one. */
    Optional<String> theme(GuidedSession session, ProcessDefinition process, Locale locale) {
        return process.steps().stream().filter(s -> KIND.equals(s.kind())).findFirst()
                .flatMap(step -> chosen(session, step)).map(e -> label(process, e, locale));
    }

    private Optional<Entry> chosen(GuidedSession session, StepDefinition step) {
        List<Entry> all = entries.active(session.id(), step.id());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static String label(ProcessDefinition process, Entry entry, Locale locale) {
        return process.vocabularies().label(Vocabularies.THEMES, entry.category(), locale);
    }
}
