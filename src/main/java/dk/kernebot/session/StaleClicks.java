package dk.kernebot.session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/**
 * Which session a click names, whether it was made on the session's current step, and the answer to one that was
 * not: a stale card changes nothing, it is drawn again read-only saying who moved the group on and when, and while
 * the session runs its one button brings up the step the group is at now.
 */
@Component
class StaleClicks {

    private final SessionStore sessions;
    private final ProcessCatalog catalog;
    private final StepContexts contexts;
    private final StepCards cards;
    private final SessionTexts texts;

    StaleClicks(SessionStore sessions, ProcessCatalog catalog, StepContexts contexts, StepCards cards,
                SessionTexts texts) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.contexts = contexts;
        this.cards = cards;
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

    /** The version a step card is drawn from: how many times the group had been moved. */
    static String version(GuidedSession session) {
        return String.valueOf(session.moves());
    }

    /**
     * Whether a click on the current step came from a copy drawn before the group's last move (it went on and came
     * back, or paused): a card without the version (drawn before it existed) counts as current.
     */
    static boolean olderCopy(GuidedSession session, String version) {
        return version != null && !version.equals(version(session));
    }

    /** A click on an older copy of the current step's card: nothing changes, and the copy says a newer card exists. */
    Reply olderCopyAnswer(ChatContext context, GuidedSession session) {
        return Reply.replaceCard(cards.render(contexts.now(session, context.locale()),
                StepNote.error(texts.t(context.locale(), "session.stale.olderCopy")), true));
    }

    /**
     * A click on the card of step {@code stepId} that is no longer the current one: nothing changes, and the card is
     * drawn again as that step now stands, read-only, with who moved the group on and when.
     */
    Reply answer(ChatContext context, String sessionId, String stepId) {
        Locale locale = context.locale();
        Optional<GuidedSession> found = mine(context, sessionId);
        if (found.isEmpty()) {
            return Reply.notice(texts.t(locale, "session.unknown"));
        }
        GuidedSession session = found.get();
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        int index = indexOf(process, stepId);
        String note = note(locale, session, process);
        if (index < 0) {
            return new Reply(List.of(), Optional.empty(), Optional.of(note));
        }
        return Reply.replaceCard(cards.render(contexts.at(session, index, locale), StepNote.error(note),
                session.status() == SessionStatus.ACTIVE));
    }

    private String note(Locale locale, GuidedSession session, ProcessDefinition process) {
        if (session.movedByName() == null || session.movedAt() == null) {
            String key = session.status() == SessionStatus.PAUSED ? "session.stale.paused"
                    : session.status().isOpen() ? "session.stale.step" : "session.stale.finished";
            return texts.t(locale, key);
        }
        String who = texts.name(session.movedByName());
        String when = texts.moment(locale, session.movedAt());
        return switch (session.status()) {
            case PAUSED -> texts.t(locale, "session.stale.pausedBy", who, when);
            case COMPLETED, ENDED -> texts.t(locale, "session.stale.finishedBy", who, when);
            default -> texts.t(locale, "session.stale.moved", who, session.stepIndex() + 1,
                    process.step(session.stepIndex()).title().in(locale), when);
        };
    }

    private static int indexOf(ProcessDefinition process, String stepId) {
        for (int i = 0; stepId != null && i < process.steps().size(); i++) {
            if (process.steps().get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
