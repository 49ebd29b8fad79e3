package dk.kernebot.questions;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "mine spørgsmål": for a leader, everything waiting for them, oldest first. */
@Component
class MyQuestionsCommand implements ChatCommand {

    private final QuestionService questions;

    MyQuestionsCommand(QuestionService questions) {
        this.questions = questions;
    }

    @Override
    public List<String> keywords() {
        return List.of("mine spørgsmål", "mine spoergsmaal", "my questions");
    }

    @Override
    public String helpKey() {
        return "command.mineSpoergsmaal";
    }

    @Override
    public int helpOrder() {
        return 60;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return questions.mine(context);
    }
}
