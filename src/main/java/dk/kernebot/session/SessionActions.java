package dk.kernebot.session;

import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** The buttons on the session cards: the lifecycle's own, the questions', and the rest to the step's type. */
@Component
class SessionActions implements CardActionHandler {

    private final SessionService lifecycle;
    private final SessionEndings endings;
    private final SessionBoards boards;
    private final StepClicks steps;
    private final SessionQuestionFlow questions;

    SessionActions(SessionService lifecycle, SessionEndings endings, SessionBoards boards, StepClicks steps,
                   SessionQuestionFlow questions) {
        this.lifecycle = lifecycle;
        this.endings = endings;
        this.boards = boards;
        this.steps = steps;
        this.questions = questions;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("session.next", "session.back", "session.pause", "session.end", "session.complete",
                "session.resume", "session.restart", "session.current", "session.board", "session.contribute", "session.edit",
                "session.withdraw", "session.vote", "session.agree", "session.practice", "session.nudge",
                "session.question", "session.question.settle", "session.question.escalate",
                // "Vis flere" / "Tilbage" under a long list on a step card (issue 19): the step's type pages it
                "session.page",
                // the læreplan evaluation's theme and its text to publish
                "session.theme", "session.evaluationText");
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
