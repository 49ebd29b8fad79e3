package dk.kernebot.questions;

import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** The leader's buttons on a question card. */
@Component
class QuestionActions implements CardActionHandler {

    private final QuestionService questions;
    private final MyQuestionsCommand mine;

    QuestionActions(QuestionService questions, MyQuestionsCommand mine) {
        this.questions = questions;
        this.mine = mine;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("question.answer", "question.investigate", "question.forward", "question.reject", "question.open",
                MyQuestionsCommand.MORE);
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        String id = action.string("questionId");
        return switch (action.verb()) {
            case "question.answer" -> questions.answer(context, id, action.string("answer"));
            case "question.investigate" -> questions.investigate(context, id);
            case "question.forward" -> questions.forward(context, id, action.string("leader"));
            case "question.reject" -> questions.reject(context, id, action.string("reason"));
            case "question.open" -> questions.open(context, id);
            case MyQuestionsCommand.MORE -> mine.more(context, action.string("offset"));
            default -> throw new IllegalArgumentException("Unrouted verb " + action.verb());
        };
    }
}
