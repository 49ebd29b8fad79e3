package dk.kernebot.session;

import java.util.List;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/**
 * Which session a click names, whether it was made on the session's current step, and the answer to one that was
 * not: a stale card changes nothing, and the clicker learns why.
 */
@Component
class StaleClicks {

    private final SessionStore sessions;
    private final ProcessCatalog catalog;
    private final SessionTexts texts;

    StaleClicks(SessionStore sessions, ProcessCatalog catalog, SessionTexts texts) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.texts = texts;
    }

    /** The session a card action names, if it belongs to this conversation (a forwarded card is no key). */
    Optional<GuidedSession> mine(ChatContext context, String sessionId) {
        return sessionId == null ? Optional.empty()
                : sessions.find(sessionId).filter(s -> s.conversationId().equals(context.conversationId()));
    }

    /** The session, if the click was on its current step and it is running. */
    Optional<GuidedSession> current(ChatContext context, String sessionId, String stepId) {
        return mine(context, sessionId).filter(s -> s.status() == SessionStatus.ACTIVE).filter(s -> {
            ProcessDefinition process = catalog.find(s.processId()).orElseThrow();
            return process.step(s.stepIndex()).id().equals(stepId);
        });
    }

    /** A click on a card whose step is over: the card becomes read-only, the clicker learns why. */
    Reply answer(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = mine(context, sessionId);
        if (session.isEmpty()) {
            return Reply.notice(texts.t(context.locale(), "session.unknown"));
        }
        String key = session.get().status() == SessionStatus.PAUSED ? "session.stale.paused"
                : session.get().status().isOpen() ? "session.stale.step" : "session.stale.finished";
        return new Reply(List.of(), Optional.empty(), Optional.of(texts.t(context.locale(), key)));
    }
}
