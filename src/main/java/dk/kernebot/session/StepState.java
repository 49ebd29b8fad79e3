package dk.kernebot.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.institution.InstitutionProfile;

/**
 * Everything a step card shows, read in one go: the session, where it is, the entries and votes of the step,
 * who is here and who has spoken, the questions, and the institution's frame.
 *
 * @param entries      the entries the step shows (for a PRIORITY step: those of the step voted over, ranked)
 * @param votes        votes per entry id in this step
 * @param contributors user ids who have contributed to this step
 * @param previous     the last completed session of this process, where this one started from
 * @param allEntries   for a SUMMARY step: the entries of every ROLES and DIALOGUE step, by step id
 */
record StepState(GuidedSession session, ProcessDefinition process, StepDefinition step, int stepIndex,
                 List<Entry> entries, Map<String, Integer> votes, List<Participant> participants,
                 List<String> contributors, List<SessionQuestion> questions, Optional<InstitutionProfile> profile,
                 Optional<GuidedSession> previous, List<Entry> previousBubbles, List<Entry> bubbles,
                 Map<String, Integer> priorityVotes, Map<String, List<Entry>> allEntries) {

    /** Roster and active participants who have not contributed to this step yet. */
    List<Participant> quiet() {
        return participants.stream().filter(p -> !contributors.contains(p.userId())).toList();
    }

    List<Participant> spoken() {
        return participants.stream().filter(p -> contributors.contains(p.userId())).toList();
    }

    boolean isCurrent() {
        return session.status() == SessionStatus.ACTIVE && session.stepIndex() == stepIndex;
    }
}
