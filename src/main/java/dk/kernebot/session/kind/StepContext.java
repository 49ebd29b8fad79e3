package dk.kernebot.session.kind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.Participant;
import dk.kernebot.session.ProcessDefinition;
import dk.kernebot.session.SessionQuestion;
import dk.kernebot.session.SessionStatus;
import dk.kernebot.session.StepDefinition;

/**
 * What every step type gets to work with: the session at one of its steps, who is here, the questions, the
 * institution's frame, the previous session this one started from, and the reader's language. A type loads the
 * rest of its state itself.
 */
public record StepContext(GuidedSession session, ProcessDefinition process, StepDefinition step, int stepIndex,
                          List<Participant> participants, List<SessionQuestion> questions,
                          Optional<InstitutionProfile> profile, Optional<GuidedSession> previous, Locale locale) {

    public StepContext {
        participants = List.copyOf(participants);
        questions = List.copyOf(questions);
    }

    /** The step is the session's current one and the session is running: its card takes clicks. */
    public boolean isCurrent() {
        return session.status() == SessionStatus.ACTIVE && session.stepIndex() == stepIndex;
    }

    public StepRef ref() {
        return new StepRef(session.id(), step.id(), isCurrent());
    }

    public String sessionId() {
        return session.id();
    }

    public String stepId() {
        return step.id();
    }

    /** The same session at another of its steps. */
    public StepContext at(int index) {
        return new StepContext(session, process, process.step(index), index, participants, questions, profile,
                previous, locale);
    }

    /** The same session and step in another state (after a click changed it). */
    public StepContext with(GuidedSession now) {
        return new StepContext(now, process, step, stepIndex, participants, questions, profile, previous, locale);
    }
}
