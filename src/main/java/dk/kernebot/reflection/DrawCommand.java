package dk.kernebot.reflection;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "kort", "træk et kort", "kort leg", "card", "card play". */
@Component
class DrawCommand implements ChatCommand {

    private final ReflectionService reflection;

    DrawCommand(ReflectionService reflection) {
        this.reflection = reflection;
    }

    @Override
    public List<String> keywords() {
        return List.of("kort", "træk et kort", "træk kort", "traek et kort", "refleksionskort", "draw a card", "card");
    }

    @Override
    public String helpKey() {
        return "command.kort";
    }

    @Override
    public int helpOrder() {
        return 10;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return reflection.drawTyped(context, arguments);
    }
}
