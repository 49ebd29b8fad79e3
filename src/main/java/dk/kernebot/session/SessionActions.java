package dk.kernebot.session;

import java.util.HashSet;
import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.stereotype.Component;

/** The buttons on the session cards: the lifecycle's own, the questions', and the rest to the step's type. */
@Component
class SessionActions implements CardActionHandler {

    private final SessionService lifecycle;
    private final SessionEndings endings;
    private final SessionBoards boards;
    private final StepClicks steps;
    private final SessionQuestionFlow questions;
    private final Set<String> verbs = new HashSet<>();

    SessionActions(SessionService lifecycle, SessionEndings endings, SessionBoards boards, StepClicks steps,
                   SessionQuestionFlow questions, StepTypes types) {
        this.lifecycle = lifecycle;
        this.endings = endings;
        this.boards = boards;
        this.steps = steps;
        this.questions = questions;
        verbs.addAll(LIFECYCLE);
        // The kinds' own verbs (propose, vote, place a boble ...) go to the step's type, whichever kinds there are.
        verbs.addAll(types.verbs());
    }

    /** The lifecycle's and the questions' verbs; the rest belong to the kinds ({@link StepTypes#verbs()}). */
    private static final Set<String> LIFECYCLE = Set.of("session.next", "session.back", "session.pause",
            "session.end", "session.complete", "session.resume", "session.restart", "session.current",
            "session.board", "session.nudge", "session.question", "session.question.settle",
            "session.question.escalate");

    @Override
    public Set<String> verbs() {
        return Set.copyOf(verbs);
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        String session = action.string("sessionId");
        String step = action.string("stepId");
        return switch (action.verb()) {
            case "session.next" -> lifecycle.next(context, session, step);
            case "session.back" -> lifecycle.back(context, session, step);
            case "session.pause" -> endings.pause(context, Trigger.clicked(session));
            // "Afslut" on a step card asks first; "Ja, afslut nu" on that question ends.
            case "session.end" -> "yes".equals(action.string("confirmed"))
                    ? endings.end(context, Trigger.clicked(session)) : endings.askToEnd(context, Trigger.clicked(session));
            case "session.complete" -> endings.complete(context, session, step);
            case "session.resume" -> lifecycle.resume(context, session);
            case "session.restart" -> lifecycle.restart(context, session);
            case "session.current" -> lifecycle.current(context, session);
            case "session.board" -> boards.card(context, Trigger.clicked(session));
            case "session.nudge" -> steps.nudge(context, action);
            case "session.question" -> questions.raise(context, action);
            case "session.question.settle" -> questions.settle(context, action);
            case "session.question.escalate" -> questions.escalate(context, action);
            default -> steps.handle(context, action);
        };
    }
}
