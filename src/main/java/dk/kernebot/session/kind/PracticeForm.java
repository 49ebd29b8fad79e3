package dk.kernebot.session.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.actionplan.PracticeActions;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.UserRef;
import dk.kernebot.session.Entry;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.ProcessDefinition;
import dk.kernebot.session.SessionTexts;
import org.springframework.stereotype.Component;

/**
 * The summary's form from the board to the handleplan: each boble marked "Det gør vi i praksis" (or each thing a
 * læreplan evaluation said it will change) with an owner and a due date, sent at once. Bobler already in the plan are listed with their owner instead of asked for again. The
 * rows are bounded (the owner list repeats on each), so the card stays small however many bobler there are: the
 * next ones come up once the first are in the plan. The owner lists carry short keys, not Teams ids
 * ({@link OwnerKeys}).
 */
@Component
public class PracticeForm {

    static final int MAX_ROWS = 4;
    static final int MAX_PLANNED = 10;

    private final BubblesStep bubbles;
    private final DialogueStep dialogue;
    private final ThemeStep themes;
    private final PracticeActions practice;
    private final SessionTexts texts;

    PracticeForm(BubblesStep bubbles, DialogueStep dialogue, ThemeStep themes, PracticeActions practice,
                 SessionTexts texts) {
        this.bubbles = bubbles;
        this.dialogue = dialogue;
        this.themes = themes;
        this.practice = practice;
        this.texts = texts;
    }

    /** Part of {@code cards/session-summary.json}: shown only where there are bobler in practice. */
    public record View(boolean show, String heading, String intro, String sessionId, boolean hasRows, List<Row> rows,
                       String submitLabel, boolean hasPlanned, String plannedLabel,
                       List<SummaryPart.Line> planned, boolean hasMore, String moreText, boolean hasPlanButton,
                       String planLabel) {
    }

    /** One boble to plan; the input ids carry the boble's id, so the click says which boble each value is for. */
    public record Row(String text, String takeId, String ownerId, String ownerLabel, String ownerPlaceholder,
                      List<Choice> owners, String dueId, String dueLabel) {
    }

    View view(StepContext context) {
        Locale locale = context.locale();
        GuidedSession session = context.session();
        ProcessDefinition process = context.process();
        List<Entry> chosen = candidates(session, process);
        Map<String, PracticeActions.Planned> planned = practice.planned(chosen.stream().map(Entry::id).toList());
        List<Entry> waiting = chosen.stream().filter(e -> !planned.containsKey(e.id())).toList();
        List<UserRef> people = waiting.isEmpty() ? List.of()
                : practice.owners(session.conversationId(), facilitator(session));
        Map<String, String> keys = OwnerKeys.of(people);
        List<Choice> owners = people.stream().map(p -> new Choice(p.displayName(), keys.get(p.id()))).toList();
        List<Row> rows = waiting.stream().limit(MAX_ROWS).map(e -> new Row(e.text(), "take-" + e.id(),
                "owner-" + e.id(), texts.t(locale, "practice.plan.owner"), texts.t(locale, "practice.plan.ownerPlaceholder"),
                owners, "due-" + e.id(), texts.t(locale, "practice.plan.due"))).toList();
        List<SummaryPart.Line> done = new ArrayList<>();
        chosen.stream().filter(e -> planned.containsKey(e.id())).limit(MAX_PLANNED).forEach(e -> done.add(
                new SummaryPart.Line(texts.t(locale, "practice.plan.planned", texts.escape(e.text()),
                        texts.name(planned.get(e.id()).ownerName()), texts.date(locale, planned.get(e.id()).due())))));
        int hiddenPlanned = planned.size() - done.size();
        if (hiddenPlanned > 0) {
            done.add(new SummaryPart.Line(texts.t(locale, key(process, "morePlanned"), hiddenPlanned)));
        }
        int more = waiting.size() - rows.size();
        return new View(!chosen.isEmpty(), texts.t(locale, key(process, "heading")),
                texts.t(locale, key(process, "intro"), texts.escape(goalText(session, process, locale))),
                session.id(), !rows.isEmpty(), rows, texts.t(locale, "practice.plan.submit"), !done.isEmpty(), texts.t(locale, "practice.plan.plannedLabel"),
                done, more > 0, texts.t(locale, key(process, "more"), more), !planned.isEmpty(),
                texts.t(locale, "session.summary.plan"));
    }

    /** What a sent form asks for: the bobler in practice whose row was ticked, with the owner and date given. */
    public List<PracticeActions.Draft> drafts(GuidedSession session, ProcessDefinition process, CardAction action) {
        List<Entry> taken = candidates(session, process).stream()
                .filter(e -> "true".equalsIgnoreCase(String.valueOf(action.string("take-" + e.id()))))
                .toList();
        List<UserRef> people = taken.isEmpty() ? List.of()
                : practice.owners(session.conversationId(), facilitator(session));
        return taken.stream()
                .map(e -> new PracticeActions.Draft(e.id(), e.text(), e.text(),
                        OwnerKeys.idFor(action.string("owner-" + e.id()), people), action.string("due-" + e.id())))
                .toList();
    }

    /**
     * The goal the actions go under: the session's agreed kerneopgave, or the læreplanstema it evaluated, or (neither)
     * the session by its date.
     */
    public String goalText(GuidedSession session, ProcessDefinition process, Locale locale) {
        if (session.agreedText() != null && !session.agreedText().isBlank()) {
            return session.agreedText();
        }
        return themes.theme(session, process, locale).map(theme -> texts.t(locale, "practice.evaluation.goal", theme))
                .orElseGet(() -> texts.t(locale, "practice.plan.goalWithoutWording", process.title().in(locale),
                        texts.date(locale, session.startedAt())));
    }

    /**
     * The bundle key of a text that names where the actions come from: "pladen" for bobler, the evaluation for what a
     * læreplan evaluation changes ({@code practice.plan.<name>} or {@code practice.evaluation.<name>}).
     */
    public String key(ProcessDefinition process, String name) {
        return (bubbles.drawsOn(process) ? "practice.plan." : "practice.evaluation.") + name;
    }

    /** What can become actions: the bobler done in practice, and what a dialogue said it will change. */
    private List<Entry> candidates(GuidedSession session, ProcessDefinition process) {
        List<Entry> all = new ArrayList<>(bubbles.inPractice(session, process));
        all.addAll(dialogue.actions(session, process));
        return all;
    }

    private static UserRef facilitator(GuidedSession session) {
        return new UserRef(session.facilitatorId(), session.facilitatorAadId(), session.facilitatorName());
    }
}
