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

    private final Sessions sessions;
    private final SessionService lifecycle;
    private final SessionQuestions questions;
    private final SessionQuestionFlow questionFlow;
    private final ProcessCatalog catalog;
    private final StepStates states;
    private final SessionViews views;

    SessionMeetings(Sessions sessions, SessionService lifecycle, SessionQuestions questions,
                    SessionQuestionFlow questionFlow, ProcessCatalog catalog, StepStates states, SessionViews views) {
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.questions = questions;
        this.questionFlow = questionFlow;
        this.catalog = catalog;
        this.states = states;
        this.views = views;
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
                .map(session -> {
                    sessions.setStatus(session.id(), SessionStatus.ACTIVE, SessionStatus.PAUSED);
                    questions.of(session.id()).stream()
                            .filter(q -> SessionQuestion.OFFERED.equals(q.status()))
                            .forEach(q -> questionFlow.escalateAtMeetingEnd(context, q));
                    GuidedSession paused = sessions.find(session.id()).orElseThrow();
                    ProcessDefinition process = catalog.find(paused.processId()).orElseThrow();
                    return views.summary(context.locale(), states.at(paused, process, process.lastIndex()), null);
                })
                .toList();
    }
}
