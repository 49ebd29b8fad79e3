package dk.kernebot.reflection;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "svar" / "vores svar" / "answers": what the group has saved. */
@Component
class AnswersCommand implements ChatCommand {

    private final ReflectionService reflection;

    AnswersCommand(ReflectionService reflection) {
        this.reflection = reflection;
    }

    @Override
    public List<String> keywords() {
        return List.of("svar", "vores svar", "our answers", "answers");
    }

    @Override
    public String helpKey() {
        return "command.svar";
    }

    @Override
    public int helpOrder() {
        return 30;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return reflection.savedAnswers(context);
    }
}
