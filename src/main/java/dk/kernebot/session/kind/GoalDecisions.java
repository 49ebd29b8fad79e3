package dk.kernebot.session.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.actionplan.PlanReview;
import dk.kernebot.session.SessionTexts;
import org.springframework.stereotype.Component;

/**
 * What the chef and the leader decide for each goal of the handleplan at a dialogsamtale: it goes on, it gets new
 * words, or it is closed. The same agreement as for new goals ({@link Agreements}): the people holding the deciding
 * roles each answer, it counts when they answer alike, an answer given on an older card changes nothing, and the
 * others may not decide. Nothing changes in the plan until the dialogsamtale is saved.
 */
@Component
class GoalDecisions {

    static final String VERB = AgreementStep.VERB;
    private static final Set<String> OUTCOMES = Set.of(Decision.KEEP, Decision.REWORDED, Decision.CLOSE);

    private final Agreements agreements;
    private final AgreementCards words;
    private final Decisions decisions;
    private final SessionTexts texts;

    GoalDecisions(Agreements agreements, AgreementCards words, Decisions decisions, SessionTexts texts) {
        this.agreements = agreements;
        this.words = words;
        this.decisions = decisions;
        this.texts = texts;
    }

    /** The decision part of one goal's card. */
    record View(String statusText, String statusColor, boolean hasAnswers, List<Line> answers, boolean canDecide,
                String goalId, String seen, String keepLabel, String rewordLabel, String rewordInputId,
                String rewordInputLabel, String rewordValue, String rewordSubmit, String closeLabel) {

        /** No goal shown, nothing to decide. */
        static final View NONE = new View("", "Default", false, List.of(), false, "", "", "", "", "", "", "", "", "");

        View {
            answers = List.copyOf(answers);
        }
    }

    record Line(String text) {
    }

    /** Each goal's verdict, in the plan's order. */
    List<Verdict> verdicts(StepContext context, List<PlanReview.GoalLine> goals) {
        return agreements.verdicts(context, goals.stream()
                .map(g -> new GoalDraft(g.text(), null, null, null).withSource(g.goalId())).toList());
    }

    View view(StepContext context, Verdict verdict) {
        String id = verdict.proposal().sourceId();
        String deciders = words.deciders(context, agreements.holders(context));
        Optional<Decision> settled = verdict.settled();
        String status;
        String color = "Default";
        if (settled.isPresent()) {
            status = t(context, "session.planReview.decided." + settled.get().outcome(),
                    words.agreedBy(context, verdict, agreements.holders(context)), texts.escape(verdict.agreedText()));
            color = Decision.KEEP.equals(settled.get().outcome()) ? "Default" : "Good";
        } else if (verdict.answers().isEmpty()) {
            status = t(context, "session.planReview.decide", deciders);
        } else {
            status = t(context, verdict.answers().size() == verdict.roles().size()
                    ? "session.planReview.differ" : "session.planReview.waiting", deciders);
            color = "Attention";
        }
        List<Line> answers = verdict.inOrder().stream().map(d -> new Line(t(context,
                "session.planReview.answer." + d.outcome(), t(context, "session.agreement.holder",
                        texts.name(d.byName()), AgreementCards.role(context, d.role())),
                d.text() == null ? "" : texts.escape(d.text())))).toList();
        return new View(status, color, !answers.isEmpty(), answers, context.isCurrent(), id, verdict.seen(),
                t(context, "session.planReview.keep"), t(context, "session.planReview.reword"), "reword-" + id,
                t(context, "session.planReview.rewordInput"), verdict.agreedText(),
                t(context, "session.planReview.rewordSubmit"), t(context, "session.planReview.close"));
    }

    /** "Målet fortsætter", "Justér målet" or "Luk målet" on a goal: a deciding role's answer. */
    Outcome decide(StepContext context, StepClick click, List<PlanReview.GoalLine> goals) {
        String goalId = click.string("proposalId");
        Optional<Verdict> verdict = verdicts(context, goals).stream()
                .filter(v -> v.proposal().sourceId().equals(goalId)).findFirst();
        String outcome = click.string("outcome");
        if (verdict.isEmpty() || !OUTCOMES.contains(outcome)) {
            return Outcome.refused(t(context, "session.planReview.goalGone"));
        }
        Optional<String> role = agreements.roleOf(context, click.user().id());
        if (role.isEmpty()) {
            return Outcome.notice(t(context, "session.planReview.decidersOnly",
                    words.deciders(context, agreements.holders(context))));
        }
        // The card carried what it showed: a click on an older drawing would overwrite an answer unseen.
        if (!verdict.get().seen().equals(click.string("seen"))) {
            return Outcome.refused(t(context, "session.planReview.stale"));
        }
        String goal = verdict.get().proposal().text();
        String text = null;
        if (Decision.REWORDED.equals(outcome)) {
            text = click.text("text").isEmpty() ? click.text("reword-" + goalId) : click.text("text");
            if (text.isEmpty()) {
                return Outcome.refused(t(context, "session.agreement.error.reword"));
            }
            if (text.length() > EntryRows.MAX_TEXT) {
                return Outcome.refused(t(context, "session.error.tooLong", EntryRows.MAX_TEXT));
            }
            // The goal's own words again: it simply goes on.
            if (Decision.normal(text).equals(Decision.normal(goal))) {
                outcome = Decision.KEEP;
                text = null;
            }
        }
        decisions.answer(context.sessionId(), context.stepId(), goalId, role.get(), outcome, text, goal, click.user());
        return Outcome.changed();
    }

    /** A goal some deciding role has answered, but not all alike, keeps the group at the step. */
    Optional<String> holdsBack(StepContext context, List<PlanReview.GoalLine> goals) {
        long open = verdicts(context, goals).stream()
                .filter(v -> !v.answers().isEmpty() && v.settled().isEmpty()).count();
        return open == 0 ? Optional.empty() : Optional.of(t(context, "session.planReview.holdsBack", open,
                words.deciders(context, agreements.holders(context))));
    }

    /** What was agreed for the goals, for the handleplan: each with who agreed and when. */
    List<PlanReview.Decision> agreed(StepContext context, List<PlanReview.GoalLine> goals) {
        List<PlanReview.Decision> agreed = new ArrayList<>();
        for (Verdict v : verdicts(context, goals)) {
            v.settled().filter(d -> !Decision.KEEP.equals(d.outcome())).ifPresent(d -> agreed.add(
                    new PlanReview.Decision(v.proposal().sourceId(), v.proposal().text(),
                            Decision.CLOSE.equals(d.outcome()) ? PlanReview.Decision.CLOSE : PlanReview.Decision.REWORD,
                            d.text(), new GoalDraft.Agreement(words.agreedByPlain(context, v), v.agreedAt(), null))));
        }
        return agreed;
    }

    /** The summary's line for a goal the deciding roles agreed on, if they did. */
    Optional<SummaryPart.Line> summaryLine(StepContext context, Verdict verdict) {
        return verdict.settled().map(d -> new SummaryPart.Line(t(context, "session.summary.planReview." + d.outcome(),
                words.agreedBy(context, verdict, agreements.holders(context)), texts.escape(verdict.agreedText()))));
    }

    private String t(StepContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}
