package dk.kernebot.session.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.ExportSection;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.CardView;
import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.EntryTags;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.Term;
import dk.kernebot.session.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * EVALUATION: the short evaluation text the dagtilbudslov says is published, drafted from what the group wrote in the
 * steps before it (each category of the vocabulary in its order: det ville vi, det ser vi, det betyder det, det
 * ændrer vi) under the theme the session evaluates. The ordstyrer may rewrite it; the rewritten text is an entry of
 * the step, and the last one counts. The text goes on the summary and into the handleplan's export, without names.
 */
@Component
class EvaluationStep implements StepType {

    static final String KIND = "EVALUATION";
    static final String VERB = "session.evaluationText";
    /**
     * A published evaluation is short; this also keeps the card (text shown and in the input) well under its limit.
     * {@code cards/session-evaluation.json} says the same as the input's maxLength.
     */
    static final int MAX_TEXT = 4000;

    private final EntryStore entries;
    private final ThemeStep themes;
    private final SessionTexts texts;

    EvaluationStep(EntryStore entries, ThemeStep themes, SessionTexts texts) {
        this.entries = entries;
        this.themes = themes;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-evaluation.json}. */
    @CardTemplate("session-evaluation")
    record View(StepRef step, String heading, List<SummaryPart.Line> paragraphs, String sourceText, boolean isEmpty,
                String emptyText, boolean mayEdit, String editLabel, String inputLabel, String inputValue,
                String inputError, String submitLabel) implements CardView {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> verbs() {
        return Set.of(VERB);
    }

    @Override
    public StepBody body(StepContext context) {
        Locale locale = context.locale();
        Optional<Entry> edited = edited(context);
        String text = text(context);
        String source = edited.map(e -> texts.t(locale, "laereplan.text.edited", texts.name(e.authorName())))
                .orElse(texts.t(locale, "laereplan.text.drafted"));
        boolean empty = draftLines(context).isEmpty() && edited.isEmpty();
        View view = new View(context.ref(), heading(context), lines(text), source, empty,
                texts.t(locale, "laereplan.text.empty"),
                context.isCurrent(), texts.t(locale, "laereplan.text.edit"), texts.t(locale, "laereplan.text.inputLabel"),
                text, texts.t(locale, "laereplan.text.inputError", MAX_TEXT),
                texts.t(locale, "laereplan.text.submit"));
        return StepBody.of(view);
    }

    /** Only the ordstyrer rewrites the text: it is the group's, published in its name. */
    @Override
    public Outcome act(StepContext context, StepClick click) {
        GuidedSession session = context.session();
        if (!session.isFacilitator(click.user().id())) {
            return Outcome.notice(texts.t(context.locale(), "laereplan.text.facilitatorOnly",
                    texts.name(session.facilitatorName())));
        }
        String text = click.text("evaluation");
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            return Outcome.refused(texts.t(context.locale(), "laereplan.text.inputError", MAX_TEXT));
        }
        entries.active(session.id(), context.stepId()).forEach(e -> entries.withdraw(e.id()));
        entries.add(session.id(), context.stepId(), click.user(), text, EntryTags.NONE);
        return Outcome.changed();
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        String text = text(context);
        return text.isBlank() ? Optional.empty()
                : Optional.of(new SummaryPart(heading(context), lines(text), List.of()));
    }

    @Override
    public Optional<ExportSection> export(StepContext context) {
        String text = text(context);
        return text.isBlank() ? Optional.empty() : Optional.of(new ExportSection(heading(context), text));
    }

    /** The ordstyrer's text if they rewrote it, else the draft from the group's entries. */
    private String text(StepContext context) {
        return edited(context).map(Entry::text).orElseGet(() -> draft(context));
    }

    private String heading(StepContext context) {
        Locale locale = context.locale();
        return themes.theme(context.session(), context.process(), locale)
                .map(theme -> texts.t(locale, "laereplan.text.heading", theme))
                .orElse(texts.t(locale, "laereplan.text.headingNoTheme"));
    }

    private Optional<Entry> edited(StepContext context) {
        List<Entry> all = entries.active(context.sessionId(), context.stepId());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** An opening line, then one paragraph per category that has entries: "Det ville vi: … ." */
    private String draft(StepContext context) {
        List<String> lines = draftLines(context);
        if (lines.isEmpty()) {
            return "";
        }
        Locale locale = context.locale();
        GuidedSession session = context.session();
        String date = texts.date(locale, session.startedAt());
        String opening = themes.theme(session, context.process(), locale)
                .map(theme -> texts.t(locale, "laereplan.text.opening", theme, date))
                .orElse(texts.t(locale, "laereplan.text.openingNoTheme", date));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(opening);
        paragraphs.addAll(lines);
        return CardText.shorten(String.join("\n\n", paragraphs), MAX_TEXT);
    }

    private List<String> draftLines(StepContext context) {
        Locale locale = context.locale();
        List<Entry> written = new ArrayList<>();
        for (int i = 0; i < context.stepIndex(); i++) {
            written.addAll(entries.active(context.sessionId(), context.process().step(i).id()));
        }
        List<String> lines = new ArrayList<>();
        for (Term category : context.process().vocabularies().of(Vocabularies.CATEGORIES)) {
            List<String> said = written.stream().filter(e -> category.id().equals(e.category()))
                    .map(e -> sentence(e.text())).toList();
            if (!said.isEmpty()) {
                lines.add(category.label(locale) + ": " + String.join(" ", said));
            }
        }
        return lines;
    }

    /** An entry as a sentence of the text: its own words, ending in a full stop if it has none. */
    private static String sentence(String text) {
        String said = text.strip().replaceAll("\\s+", " ");
        return said.isEmpty() || ".!?…".indexOf(said.charAt(said.length() - 1)) >= 0 ? said : said + ".";
    }

    private List<SummaryPart.Line> lines(String text) {
        return new ExportSection("", text).paragraphs().stream().map(p -> new SummaryPart.Line(texts.escape(p)))
                .toList();
    }
}
