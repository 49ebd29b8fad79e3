package dk.kernebot.session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a guided session does when the Teams meeting it is held in starts or ends: at the start the meeting's
 * roster becomes the session's "all voices" list; at the end an active session pauses, its summary so far is
 * posted, and the questions the group raised but did not settle go to the leader.
 */
@Service
public class SessionMeetings {

    private final SessionStore sessions;
    private final SessionService lifecycle;
    private final SessionQuestionStore questions;
    private final SessionQuestionFlow questionFlow;
    private final ProcessCatalog catalog;
    private final StepContexts contexts;
    private final StepCards cards;

    SessionMeetings(SessionStore sessions, SessionService lifecycle, SessionQuestionStore questions,
                    SessionQuestionFlow questionFlow, ProcessCatalog catalog, StepContexts contexts, StepCards cards) {
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.questions = questions;
        this.questionFlow = questionFlow;
        this.catalog = catalog;
        this.contexts = contexts;
        this.cards = cards;
    }

    /** The open sessions of a conversation, rosters refreshed from the meeting; for the meeting start card. */
    @Transactional
    public List<OpenSession> meetingStarted(String conversationId, Locale locale) {
        return catalog.all().stream()
                .map(process -> sessions.open(conversationId, process.id()))
                .flatMap(Optional::stream)
                .map(session -> {
                    lifecycle.refreshRoster(session.id(), conversationId);
                    ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
                    return new OpenSession(session.id(), process.title().in(locale),
                            process.step(session.stepIndex()).title().in(locale),
                            session.status() == SessionStatus.PAUSED);
                })
                .toList();
    }

    /**
     * Pauses the active sessions of the conversation and returns their summaries so far (a card each); the
     * questions still waiting on a reflection card go to the leader, since the group has left the room.
     */
    @Transactional
    public List<String> meetingEnded(ChatContext context) {
        return catalog.all().stream()
                .map(process -> sessions.open(context.conversationId(), process.id()))
                .flatMap(Optional::stream)
                .filter(session -> session.status() == SessionStatus.ACTIVE)
                // Only a pause this event made goes on to the leader and the summary (another may have paused first).
                .filter(session -> sessions.setStatus(session.id(), SessionStatus.ACTIVE, SessionStatus.PAUSED,
                        context.user() == null ? null : context.user().name()))
                .map(session -> {
                    questions.of(session.id()).stream()
                            .filter(q -> SessionQuestion.OFFERED.equals(q.status()))
                            .forEach(q -> questionFlow.escalateAtMeetingEnd(context, q));
                    GuidedSession paused = sessions.find(session.id()).orElseThrow();
                    return cards.render(contexts.summary(paused, context.locale()));
                })
                .toList();
    }
}
