package dk.kernebot.session;

import java.util.Locale;
import java.util.Optional;

import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.institution.Institutions;
import dk.kernebot.session.kind.StepContext;
import org.springframework.stereotype.Component;

/** Reads what every step type works with ({@link StepContext}) for a session at one of its steps. */
@Component
class StepContexts {

    private final ProcessCatalog catalog;
    private final SessionStore sessions;
    private final SessionQuestionStore questions;
    private final Institutions institutions;
    private final ConversationStore conversations;

    StepContexts(ProcessCatalog catalog, SessionStore sessions, SessionQuestionStore questions,
                 Institutions institutions, ConversationStore conversations) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.questions = questions;
        this.institutions = institutions;
        this.conversations = conversations;
    }

    StepContext at(GuidedSession session, int stepIndex, Locale locale) {
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        String teamId = conversations.find(session.conversationId()).map(c -> c.teamId()).orElse(null);
        Optional<GuidedSession> previous = Optional.ofNullable(session.previousSessionId()).flatMap(sessions::find);
        return new StepContext(session, process, process.step(stepIndex), stepIndex, sessions.participants(session.id()),
                questions.of(session.id()), institutions.forConversation(session.conversationId(), teamId), previous,
                locale);
    }

    /** Where the session stands now: its current step, or its summary once finished. */
    StepContext now(GuidedSession session, Locale locale) {
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        return at(session, session.status().isOpen() ? session.stepIndex() : process.lastIndex(), locale);
    }

    /** The summary of a session, whatever step it is at. */
    StepContext summary(GuidedSession session, Locale locale) {
        return at(session, catalog.find(session.processId()).orElseThrow().lastIndex(), locale);
    }
}
