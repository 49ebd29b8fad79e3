package dk.kernebot.session.kind;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.ExportSection;
import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.chat.UserRef;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.ProcessDefinition;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Vocabularies;

/**
 * What one kind of step (the {@code kind} of a step in a process file) does: it checks its step's definition,
 * loads its own state, produces its part of the step card, and takes the clicks made on that part. The session's
 * lifecycle (start, move, pause, end, hand-over, stale clicks) knows no kind: it only talks to this interface.
 * A new kind is one Spring bean implementing this, one card template and its texts.
 */
public interface StepType {

    /** The kind as process files name it, e.g. {@code "PROPOSALS"}. */
    String kind();

    /**
     * What is wrong with a step of this kind in its process file: {@code before} are the steps ahead of it, and
     * {@code vocabularies} the words the file declares. Every problem at once, so the author fixes the file in one go.
     */
    default List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        return List.of();
    }

    /** This kind's part of the step card. */
    StepBody body(StepContext context);

    /** The card verbs this kind takes on its current step, besides the lifecycle's. */
    default Set<String> verbs() {
        return Set.of();
    }

    /** A click with one of {@link #verbs()} on the session's current step (the lifecycle checked that). */
    default Outcome act(StepContext context, StepClick click) {
        return Outcome.stale();
    }

    /** Steps where everyone is asked to contribute: the card shows who has and has not, and offers a nudge. */
    default boolean collectsVoices() {
        return false;
    }

    /** The user ids who have contributed to this step, for {@link #collectsVoices()}. */
    default List<String> contributors(StepContext context) {
        return List.of();
    }

    /** A revisit starts from the last time: what of the previous session's step this kind carries over. */
    default void carryOver(GuidedSession previous, GuidedSession next, StepDefinition step) {
    }

    /** Goals this step proposed, for a process that ends in the handleplan. */
    default List<GoalDraft> goals(GuidedSession session, ProcessDefinition process, StepDefinition step) {
        return List.of();
    }

    /**
     * The goals that go on past this step, given those the steps before it proposed: all of them (the default), or,
     * for a step where goals are agreed rather than collected, only the agreed ones, each with its agreement.
     */
    default List<GoalDraft> settle(StepContext context, List<GoalDraft> proposed) {
        return proposed;
    }

    /**
     * Why the group cannot go on from this step yet (it is waiting for an answer only some may give), in the reader's
     * words; empty when it can. "Næste trin" and "Afslut og gem" refuse while a step holds back.
     */
    default Optional<String> holdsBack(StepContext context) {
        return Optional.empty();
    }

    /**
     * The session was saved ("Afslut og gem"): what this step changes outside it (a dialogsamtale's closed and
     * reworded goals in the handleplan), in one line for the group; empty when it changes nothing. Called once, in
     * the transaction that completed the session, after the goals went to the handleplan.
     */
    default Optional<String> completed(StepContext context, UserRef by) {
        return Optional.empty();
    }

    /** What this step adds to the summary (a section, and what changed since last time). */
    default Optional<SummaryPart> summary(StepContext context) {
        return Optional.empty();
    }

    /**
     * A text this step writes for the world outside (the læreplan evaluation the dagtilbudslov says is published):
     * it goes into the export of the handleplan the session's actions are in.
     */
    default Optional<ExportSection> export(StepContext context) {
        return Optional.empty();
    }

    /** The step lists the session's questions, so its card changes when a question does. */
    default boolean listsQuestions() {
        return false;
    }

    /** The step that closes a process (its summary): a process ends with exactly one, and only it completes. */
    default boolean closesProcess() {
        return false;
    }
}
