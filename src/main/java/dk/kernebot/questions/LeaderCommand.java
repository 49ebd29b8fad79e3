package dk.kernebot.questions;

import java.util.List;
import java.util.Locale;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "leder @navn" sets leaders, "leder fjern @navn" removes one, "leder" alone shows who leads. */
@Component
class LeaderCommand implements ChatCommand {

    private final QuestionService questions;

    LeaderCommand(QuestionService questions) {
        this.questions = questions;
    }

    @Override
    public List<String> keywords() {
        return List.of("leder", "ledere", "leaders", "leader");
    }

    @Override
    public String helpKey() {
        return "command.leder";
    }

    @Override
    public int helpOrder() {
        return 70;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        String first = arguments.isBlank() ? "" : arguments.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (first.equals("fjern") || first.equals("remove")) {
            return questions.removeLeaders(context);
        }
        return questions.setLeaders(context);
    }
}
