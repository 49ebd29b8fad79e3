package dk.kernebot.session;

import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** The buttons on the session cards. */
@Component
class SessionActions implements CardActionHandler {

    private final SessionService lifecycle;
    private final SessionContributions contributions;
    private final SessionQuestionFlow questions;

    SessionActions(SessionService lifecycle, SessionContributions contributions, SessionQuestionFlow questions) {
        this.lifecycle = lifecycle;
        this.contributions = contributions;
        this.questions = questions;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("session.next", "session.back", "session.pause", "session.end", "session.complete",
                "session.resume", "session.restart", "session.board", "session.contribute", "session.edit",
                "session.withdraw", "session.vote", "session.agree", "session.practice", "session.nudge",
                "session.question", "session.question.settle", "session.question.escalate");
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        String session = action.string("sessionId");
        String step = action.string("stepId");
        return switch (action.verb()) {
            case "session.next" -> lifecycle.next(context, session, step);
            case "session.back" -> lifecycle.back(context, session, step);
            case "session.pause" -> lifecycle.pause(context, session == null ? "" : session);
            case "session.end" -> lifecycle.end(context, session == null ? "" : session);
            case "session.complete" -> lifecycle.complete(context, session, step);
            case "session.resume" -> lifecycle.resume(context, session);
            case "session.restart" -> lifecycle.restart(context, session);
            case "session.board" -> lifecycle.board(context, session == null ? "" : session);
            case "session.contribute" -> contributions.contribute(context, action);
            case "session.edit" -> contributions.edit(context, action);
            case "session.withdraw" -> contributions.withdraw(context, action);
            case "session.vote" -> contributions.vote(context, action);
            case "session.agree" -> contributions.agree(context, action);
            case "session.practice" -> contributions.practice(context, action);
            case "session.nudge" -> contributions.nudge(context, action);
            case "session.question" -> questions.raise(context, action);
            case "session.question.settle" -> questions.settle(context, action);
            case "session.question.escalate" -> questions.escalate(context, action);
            default -> Reply.none();
        };
    }
}
