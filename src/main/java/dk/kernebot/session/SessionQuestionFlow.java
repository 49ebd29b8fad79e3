package dk.kernebot.session;

import java.util.Optional;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.UserRef;
import dk.kernebot.questions.QuestionInterceptor;
import dk.kernebot.questions.QuestionService;
import dk.kernebot.questions.QuestionSource;
import dk.kernebot.questions.RaisedQuestion;
import dk.kernebot.reflection.ReflectionSuggestions;
import dk.kernebot.reflection.SuggestedCard;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A question raised during a session (Aalborg's model): the bot first offers the reflection card that fits it
 * best; if the card settles it, that is noted; if not, the question goes to the leader with the session step as
 * its context.
 */
@Service
class SessionQuestionFlow implements QuestionInterceptor {

    static final int MAX_TEXT = 1000;

    private final StaleClicks clicks;
    private final SessionStore sessions;
    private final SessionQuestionStore questions;
    private final ReflectionSuggestions suggestions;
    private final QuestionService leaderQuestions;
    private final SessionCards views;
    private final SessionTexts texts;
    private final ProcessCatalog catalog;
    private final StepContexts contexts;
    private final StepCards cards;
    private final StepTypes types;

    SessionQuestionFlow(StaleClicks clicks, SessionStore sessions, SessionQuestionStore questions,
                        ReflectionSuggestions suggestions, QuestionService leaderQuestions, SessionCards views,
                        SessionTexts texts, ProcessCatalog catalog, StepContexts contexts, StepCards cards,
                        StepTypes types) {
        this.texts = texts;
        this.contexts = contexts;
        this.cards = cards;
        this.types = types;
        this.clicks = clicks;
        this.sessions = sessions;
        this.questions = questions;
        this.suggestions = suggestions;
        this.leaderQuestions = leaderQuestions;
        this.views = views;
        this.catalog = catalog;
    }

    /** "spørgsmål ..." typed while a session runs here goes through the session's question step. */
    @Override
    @Transactional
    public Optional<Reply> intercept(ChatContext context, String text) {
        Optional<GuidedSession> running = sessions.anyOpen(context.conversationId())
                .filter(s -> s.status() == SessionStatus.ACTIVE);
        if (running.isEmpty() || text.strip().length() > MAX_TEXT) {
            return Optional.empty();
        }
        return Optional.of(Reply.card(offer(context, running.get(), text.strip())));
    }

    /** The "Rejs et spørgsmål" input on a step card. */
    @Transactional
    public Reply raise(ChatContext context, CardAction action) {
        Optional<GuidedSession> session = clicks.current(context, action.string("sessionId"), action.string("stepId"));
        if (session.isEmpty()) {
            return clicks.answer(context, action.string("sessionId"), action.string("stepId"));
        }
        String text = action.string("question") == null ? "" : action.string("question").strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            String error = text.isEmpty() ? texts.t(context.locale(), "session.error.emptyQuestion")
                    : texts.t(context.locale(), "session.error.tooLong", MAX_TEXT);
            return Reply.replaceCard(cards.render(contexts.now(session.get(), context.locale()), StepNote.error(error)));
        }
        String offer = offer(context, session.get(), text);
        GuidedSession now = sessions.find(session.get().id()).orElseThrow();
        return Reply.replaceCard(cards.render(contexts.now(now, context.locale())))
                .and(OutgoingMessage.card(offer));
    }

    @Transactional
    public Reply settle(ChatContext context, CardAction action) {
        Optional<SessionQuestion> question = mine(context, action.string("questionId"));
        if (question.isEmpty()) {
            return Reply.notice(texts.t(context.locale(), "session.unknown"));
        }
        String note = action.string("note") == null ? "" : action.string("note").strip();
        if (note.length() > MAX_TEXT) {
            note = note.substring(0, MAX_TEXT);
        }
        if (!questions.close(question.get().id(), SessionQuestion.SETTLED, null, note.isEmpty() ? null : note)) {
            return Reply.notice(texts.t(context.locale(), "session.question.alreadyHandled"));
        }
        SessionQuestion settled = questions.find(question.get().id()).orElseThrow();
        return withStepCard(context, settled,
                Reply.replaceCard(views.question(context.locale(), settled, suggestion(settled), "")));
    }

    @Transactional
    public Reply escalate(ChatContext context, CardAction action) {
        Optional<SessionQuestion> found = mine(context, action.string("questionId"));
        if (found.isEmpty()) {
            return Reply.notice(texts.t(context.locale(), "session.unknown"));
        }
        SessionQuestion question = found.get();
        if (!SessionQuestion.OFFERED.equals(question.status())) {
            return Reply.notice(texts.t(context.locale(), "session.question.alreadyHandled"));
        }
        QuestionService.Raised raised = sendToLeader(context, question);
        SessionQuestion escalated = questions.find(question.id()).orElseThrow();
        return withStepCard(context, escalated, Reply.replaceCard(views.question(context.locale(), escalated,
                suggestion(escalated), Optional.ofNullable(leaderQuestions.raisedNote(context, raised)).orElse(""))));
    }

    /**
     * The step's card lists the question with its status; it is another message than the question's card, so it is
     * updated too, or it would say "prøver et refleksionskort" until someone clicked it.
     */
    private Reply withStepCard(ChatContext context, SessionQuestion question, Reply reply) {
        GuidedSession session = sessions.find(question.sessionId()).orElseThrow();
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        int step = process.indexOf(question.stepId());
        // Only a step that lists the questions changes with them; other steps' cards would not.
        if (step < 0 || !types.of(process.step(step)).listsQuestions()) {
            return reply;
        }
        return reply.alsoUpdate(SessionService.stepCardTag(session.id(), step),
                cards.render(contexts.at(session, step, context.locale())));
    }

    /** When the meeting ends with the question still open, it goes to the leader: it must not be lost. */
    void escalateAtMeetingEnd(ChatContext context, SessionQuestion question) {
        sendToLeader(context, question);
    }

    private QuestionService.Raised sendToLeader(ChatContext context, SessionQuestion question) {
        GuidedSession session = sessions.find(question.sessionId()).orElseThrow();
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        int step = Math.max(0, process.indexOf(question.stepId()));
        String where = texts.t(java.util.Locale.forLanguageTag("da"), "session.question.context",
                process.title().da(), step + 1, process.step(step).title().da());
        // The leader's answer should mention the person who asked, not whoever clicked "send".
        ChatContext asker = new ChatContext(context.conversationId(), context.conversationType(), context.tenantId(),
                context.teamId(), context.threadId(), new UserRef(question.askedById(), null, question.askedByName()),
                java.util.List.of(), context.locale());
        QuestionService.Raised raised = leaderQuestions.raise(asker, new RaisedQuestion(question.text(),
                QuestionSource.SESSION_STEP, session.id() + "/" + question.stepId(), where));
        questions.close(question.id(), SessionQuestion.ESCALATED, raised.questionId(), null);
        return raised;
    }

    private String offer(ChatContext context, GuidedSession session, String text) {
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        StepDefinition step = process.step(session.stepIndex());
        String theme = step.reflectionTheme() != null ? step.reflectionTheme()
                : process.steps().stream().filter(s -> types.of(s).listsQuestions()).map(StepDefinition::reflectionTheme)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Optional<SuggestedCard> card = suggestions.suggest(context.conversationId(), text, theme, context.locale());
        sessions.participated(session.id(), context.user());
        SessionQuestion question = questions.offer(session.id(), step.id(), context.user(), text,
                card.map(c -> c.card().id()).orElse(null));
        return views.question(context.locale(), question, card.orElse(null), "");
    }

    private SuggestedCard suggestion(SessionQuestion question) {
        if (question.cardId() == null) {
            return null;
        }
        GuidedSession session = sessions.find(question.sessionId()).orElseThrow();
        return suggestions.byId(session.conversationId(), question.cardId()).orElse(null);
    }

    private Optional<SessionQuestion> mine(ChatContext context, String questionId) {
        return Optional.ofNullable(questionId).flatMap(questions::find)
                .filter(q -> clicks.mine(context, q.sessionId()).isPresent());
    }
}
