package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kernebot.institution.CoreValue;
import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.EntryTags;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.SessionStore;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.StepDefinition;
import org.springframework.stereotype.Component;

/** PROPOSALS: everyone proposes a wording tied to values, votes on one, and the facilitator picks the shared one. */
@Component
class ProposalsStep implements EntryStep {

    static final String KIND = "PROPOSALS";

    private final EntryStore entries;
    private final SessionStore sessions;
    private final EntryRows rows;
    private final SessionTexts texts;

    ProposalsStep(EntryStore entries, SessionStore sessions, EntryRows rows, SessionTexts texts) {
        this.entries = entries;
        this.sessions = sessions;
        this.rows = rows;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-proposals.json}. */
    @CardTemplate("session-proposals")
    record View(StepRef step, boolean hasAgreed, String agreedLabel, String agreedText, String agreedBy,
                ContributeForm form, boolean hasValueChoices, String valuesInputLabel, List<Choice> valueChoices,
                boolean showAgreeEdit, String agreeEditLabel, String agreeEditInputLabel, String agreedEditValue,
                String agreeEditSubmit) implements CardView {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("session.contribute", "session.vote", "session.agree", "session.edit", "session.withdraw",
                ListPages.VERB);
    }

    @Override
    public EntryRows rows() {
        return rows;
    }

    @Override
    public StepBody body(StepContext context) {
        var locale = context.locale();
        String agreed = context.session().agreedText();
        Map<String, Integer> votes = entries.voteCounts(context.sessionId(), context.stepId());
        Map<String, String> valueNames = context.profile().map(p -> p.values().stream()
                .collect(Collectors.toMap(CoreValue::id, v -> v.name(locale), (a, b) -> a))).orElse(Map.of());
        EntriesView list = rows.view(context, KIND, context.stepId(), (entry, byline) -> {
            boolean isAgreed = entry.text().equals(agreed);
            String details = entry.values().isEmpty() ? "" : texts.t(locale, "session.entry.values", entry.values()
                    .stream().map(id -> texts.escape(valueNames.getOrDefault(id, id))).collect(Collectors.joining(", ")));
            EntryButtons buttons = new EntryButtons(texts.t(locale, "session.vote.proposal",
                    votes.getOrDefault(entry.id(), 0)), !isAgreed, "", true);
            return rows.row(context, entry, "", texts.escape(entry.text()), isAgreed || entry.inPractice(),
                    byline, details, buttons);
        });
        List<CoreValue> values = context.profile().map(p -> p.values()).orElse(List.of());
        View view = new View(context.ref(), agreed != null, texts.t(locale, "session.agreed.label"),
                agreed == null ? "" : texts.escape(agreed),
                texts.t(locale, "session.agreed.by", texts.name(context.session().agreedByName())),
                ContributeForm.of(texts, locale, KIND), !values.isEmpty(), texts.t(locale, "session.input.values"),
                values.stream().map(v -> new Choice(v.name(locale), v.id())).toList(),
                context.isCurrent() && !list.noEntries(),
                texts.t(locale, agreed == null ? "session.agree.write" : "session.agree.edit"),
                texts.t(locale, "session.agree.inputLabel"), agreed == null ? "" : agreed,
                texts.t(locale, "session.agree.submit"));
        return StepBody.of(view, list);
    }

    @Override
    public Outcome act(StepContext context, StepClick click) {
        return switch (click.verb()) {
            case "session.contribute" -> contribute(context, click);
            case "session.vote" -> vote(context, click);
            case "session.agree" -> agree(context, click);
            default -> rows.editOrWithdraw(context, click);
        };
    }

    private Outcome contribute(StepContext context, StepClick click) {
        String text = click.text("text");
        Optional<String> problem = rows.problem(context, text);
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        Set<String> known = context.profile().map(p -> p.values().stream().map(CoreValue::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        List<String> values = Arrays.stream(click.text("values").split(",")).map(String::strip)
                .filter(known::contains).distinct().toList();
        entries.add(context.sessionId(), context.stepId(), click.user(), text, EntryTags.values(values));
        return Outcome.changed();
    }

    /** One vote per person: voting again on the same proposal takes it back, on another moves it. */
    private Outcome vote(StepContext context, StepClick click) {
        Optional<Entry> entry = rows.named(context, click, context.stepId());
        if (entry.isEmpty()) {
            return Outcome.refused(texts.t(context.locale(), "session.error.gone"));
        }
        String voter = click.user().id();
        if (entries.hasVoted(entry.get().id(), voter)) {
            entries.unvote(entry.get().id(), voter);
        } else {
            entries.unvoteStep(context.sessionId(), context.stepId(), voter);
            entries.vote(context.sessionId(), context.stepId(), entry.get().id(), click.user());
        }
        return Outcome.changed();
    }

    /** The facilitator picks a proposal as the group's wording, or writes it (edited). */
    private Outcome agree(StepContext context, StepClick click) {
        if (!context.session().isFacilitator(click.user().id())) {
            return Outcome.notice(texts.t(context.locale(), "session.facilitatorOnly", context.session().facilitatorName()));
        }
        String text;
        if (click.string("entryId") != null) {
            Optional<Entry> entry = rows.named(context, click, context.stepId());
            if (entry.isEmpty()) {
                return Outcome.refused(texts.t(context.locale(), "session.error.gone"));
            }
            text = entry.get().text();
        } else {
            text = click.text("agreedText");
            Optional<String> problem = rows.problem(context, text);
            if (problem.isPresent()) {
                return Outcome.refused(problem.get());
            }
        }
        sessions.agree(context.sessionId(), text, click.user().name());
        return Outcome.changed();
    }

    /** A revisit starts from the wording agreed last time, as a proposal. */
    @Override
    public void carryOver(GuidedSession previous, GuidedSession next, StepDefinition step) {
        entries.active(previous.id(), step.id()).stream().filter(e -> e.text().equals(previous.agreedText()))
                .findFirst().ifPresent(e -> entries.copy(e, next.id()));
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        var locale = context.locale();
        String now = context.session().agreedText();
        String line = now == null ? texts.t(locale, "session.summary.noKerneopgave") : texts.escape(now);
        String before = context.previous().map(GuidedSession::agreedText).orElse(null);
        List<SummaryPart.Line> changes = before == null ? List.of()
                : before.equals(now) ? List.of(new SummaryPart.Line(texts.t(locale, "session.change.same")))
                : now == null ? List.of()
                : List.of(new SummaryPart.Line(texts.t(locale, "session.change.kerneopgave", texts.escape(before))));
        return Optional.of(new SummaryPart(texts.t(locale, "session.summary.kerneopgave"),
                List.of(new SummaryPart.Line(line)), changes));
    }
}
