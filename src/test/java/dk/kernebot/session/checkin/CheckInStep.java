package dk.kernebot.session.checkin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.EntryTags;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.kind.Outcome;
import dk.kernebot.session.kind.StepBody;
import dk.kernebot.session.kind.StepClick;
import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepRef;
import dk.kernebot.session.kind.StepType;
import dk.kernebot.session.kind.SummaryPart;

/**
 * CHECK_IN, a kind that exists only in the tests: each person says in one line how they arrive today, and the
 * card lists who has checked in. It is here to prove that a new kind is this one class, its template
 * ({@code cards/session-checkin.json}) and its texts ({@code checkin/messages_*.properties}), with no change to
 * the session's lifecycle. Not a Spring component on purpose: only the test that brings its process imports it.
 */
public class CheckInStep implements StepType {

    static final String KIND = "CHECK_IN";
    static final String VERB = "session.checkin";
    /** One line each: the card stays small however many people there are. */
    static final int MAX_LENGTH = 140;

    private final EntryStore entries;
    private final SessionTexts texts;

    CheckInStep(EntryStore entries, SessionTexts texts) {
        this.entries = entries;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-checkin.json}. */
    @CardTemplate("session-checkin")
    record View(StepRef step, boolean hasLines, List<SummaryPart.Line> lines, String emptyText, String askLabel,
                String inputLabel, String placeholder, int maxLength, String submitLabel) implements CardView {
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
        var locale = context.locale();
        List<SummaryPart.Line> lines = lines(context);
        return StepBody.of(new View(context.ref(), !lines.isEmpty(), lines, texts.t(locale, "checkin.none"),
                texts.t(locale, "checkin.ask"), texts.t(locale, "checkin.input"),
                texts.t(locale, "checkin.placeholder"), MAX_LENGTH, texts.t(locale, "checkin.submit")));
    }

    /** One check-in per person: saying it again replaces the earlier line. */
    @Override
    public Outcome act(StepContext context, StepClick click) {
        String said = click.text("mood");
        if (said.isEmpty() || said.length() > MAX_LENGTH) {
            return Outcome.refused(texts.t(context.locale(), "checkin.error", MAX_LENGTH));
        }
        mine(context, click.user().id()).ifPresent(e -> entries.withdraw(e.id()));
        entries.add(context.sessionId(), context.stepId(), click.user(), said, EntryTags.NONE);
        return Outcome.changed();
    }

    @Override
    public boolean collectsVoices() {
        return true;
    }

    @Override
    public List<String> contributors(StepContext context) {
        return entries.active(context.sessionId(), context.stepId()).stream().map(Entry::authorId).distinct().toList();
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        List<SummaryPart.Line> lines = lines(context);
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new SummaryPart(texts.t(context.locale(), "checkin.summary"), lines, List.of()));
    }

    private List<SummaryPart.Line> lines(StepContext context) {
        return entries.active(context.sessionId(), context.stepId()).stream()
                .map(e -> new SummaryPart.Line(texts.t(context.locale(), "checkin.line", texts.name(e.authorName()),
                        texts.escape(e.text()))))
                .toList();
    }

    private Optional<Entry> mine(StepContext context, String userId) {
        return entries.active(context.sessionId(), context.stepId()).stream()
                .filter(e -> e.authorId().equals(userId)).findFirst();
    }
}
