package dk.kernebot.session.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.session.Entry;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * AGREEMENT: goals are agreed, not collected ("Det er Skole- og Dagtilbudschefen, der i dialog med
 * dagtilbudslederen bliver enige om, hvilke mål der skal sættes"). For each goal proposed in the steps before it,
 * the people holding the process's deciding roles answer agreed, agreed in new words, or not now; it counts only
 * when every deciding role answers alike. Others may comment, not decide. The group cannot go on while a proposal
 * is undecided, and only agreed goals go on to the handleplan, each with who agreed and when.
 */
@Component
class AgreementStep implements StepType {

    static final String KIND = "AGREEMENT";
    static final String VERB = "session.decide";
    static final String TAKE_ROLE = "session.takeRole";

    private final Agreements agreements;
    private final AgreementCards cards;
    private final Decisions decisions;
    private final RolesStep roles;
    private final ListPages pages;
    private final SessionTexts texts;

    AgreementStep(Agreements agreements, AgreementCards cards, Decisions decisions, RolesStep roles, ListPages pages,
                  SessionTexts texts) {
        this.agreements = agreements;
        this.cards = cards;
        this.decisions = decisions;
        this.roles = roles;
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The roles that decide are declared in the process's roles vocabulary, and a roles step lets people take them. */
    @Override
    public List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        return Agreements.decidingProblems(before, vocabularies);
    }

    @Override
    public Set<String> verbs() {
        return Set.of(VERB, TAKE_ROLE, ListPages.VERB);
    }

    @Override
    public StepBody body(StepContext context) {
        return StepBody.of(cards.view(context, agreements.verdicts(context), agreements.holders(context)));
    }

    @Override
    public Outcome act(StepContext context, StepClick click) {
        if (ListPages.VERB.equals(click.verb())) {
            return pages.choose(context, click, agreements.proposals(context).size());
        }
        if (TAKE_ROLE.equals(click.verb())) {
            return takeRole(context, click);
        }
        Optional<Verdict> verdict = agreements.verdicts(context).stream()
                .filter(v -> v.proposal().sourceId().equals(click.string("proposalId"))).findFirst();
        if (verdict.isEmpty()) {
            return Outcome.refused(t(context, "session.error.gone"));
        }
        String outcome = click.string("outcome");
        GoalDraft proposal = verdict.get().proposal();
        if (Decision.COMMENT.equals(outcome)) {
            String text = click.text("comment-" + proposal.sourceId());
            Optional<String> problem = problem(context, text);
            if (problem.isPresent()) {
                return Outcome.refused(problem.get());
            }
            decisions.comment(context.sessionId(), context.stepId(), proposal.sourceId(), text, proposal.text(),
                    click.user());
            return Outcome.changed();
        }
        if (!Set.of(Decision.AGREED, Decision.REWORDED, Decision.NOT_NOW).contains(outcome)) {
            return Outcome.refused(t(context, "session.error.gone"));
        }
        Optional<String> role = agreements.roleOf(context, click.user().id());
        if (role.isEmpty()) {
            return Outcome.notice(t(context, "session.agreement.decidersOnly",
                    cards.deciders(context, agreements.holders(context))));
        }
        // The card carried what it showed: answered on an older drawing, the click would overwrite an answer unseen.
        if (!verdict.get().seen().equals(click.string("seen"))) {
            return Outcome.refused(t(context, "session.agreement.stale"));
        }
        String words = null;
        if (Decision.REWORDED.equals(outcome)) {
            words = click.text("text").isEmpty() ? click.text("reword-" + proposal.sourceId()) : click.text("text");
            Optional<String> problem = words.isEmpty() ? Optional.of(t(context, "session.agreement.error.reword"))
                    : problem(context, words);
            if (problem.isPresent()) {
                return Outcome.refused(problem.get());
            }
            // New words that are the proposal's own are simply an agreement.
            if (Decision.normal(words).equals(Decision.normal(proposal.text()))) {
                outcome = Decision.AGREED;
                words = null;
            }
        }
        decisions.answer(context.sessionId(), context.stepId(), proposal.sourceId(), role.get(), outcome, words,
                proposal.text(), click.user());
        return Outcome.changed();
    }

    /** "Tag en rolle": someone in the chat takes a deciding role nobody held, as on the roles step. */
    private Outcome takeRole(StepContext context, StepClick click) {
        String role = click.string("role");
        Map<String, List<Entry>> holders = agreements.holders(context);
        Optional<StepDefinition> rolesStep = agreements.rolesStep(context);
        if (role == null || !holders.containsKey(role) || rolesStep.isEmpty()) {
            return Outcome.refused(t(context, "session.error.role"));
        }
        roles.take(context.sessionId(), rolesStep.get().id(), click.user(), role);
        return Outcome.changed();
    }

    @Override
    public Optional<String> holdsBack(StepContext context) {
        List<Verdict> verdicts = agreements.verdicts(context);
        if (verdicts.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = agreements.missing(context);
        if (!missing.isEmpty()) {
            return Optional.of(cards.missingText(context, missing));
        }
        long open = verdicts.stream().filter(v -> v.settled().isEmpty()).count();
        return open == 0 ? Optional.empty() : Optional.of(t(context, "session.agreement.holdsBack", open,
                cards.deciders(context, agreements.holders(context))));
    }

    /** Only the agreed proposals go on, in their agreed words, with who agreed and when. */
    @Override
    public List<GoalDraft> settle(StepContext context, List<GoalDraft> proposed) {
        List<Verdict> verdicts = agreements.verdicts(context);
        List<GoalDraft> agreed = new ArrayList<>();
        for (GoalDraft draft : proposed) {
            verdicts.stream().filter(v -> v.proposal().sourceId().equals(draft.sourceId())).findFirst()
                    .filter(v -> v.settled().filter(d -> !Decision.NOT_NOW.equals(d.outcome())).isPresent())
                    .ifPresent(v -> agreed.add(draft.agreed(v.agreedText(), new GoalDraft.Agreement(
                            cards.agreedByPlain(context, v), v.agreedAt(),
                            Decision.REWORDED.equals(v.settled().get().outcome()) ? draft.text() : null))));
        }
        return agreed;
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        List<Verdict> verdicts = agreements.verdicts(context);
        if (verdicts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SummaryPart(context.step().title().in(context.locale()),
                cards.summaryLines(context, verdicts, agreements.holders(context)), List.of()));
    }

    private Optional<String> problem(StepContext context, String text) {
        if (text.isEmpty()) {
            return Optional.of(t(context, "session.error.empty"));
        }
        if (text.length() > EntryRows.MAX_TEXT) {
            return Optional.of(t(context, "session.error.tooLong", EntryRows.MAX_TEXT));
        }
        return Optional.empty();
    }

    private String t(StepContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}
