package dk.kernebot.reflection;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "temaer" / "themes": the theme chooser. */
@Component
class ThemesCommand implements ChatCommand {

    private final ReflectionService reflection;

    ThemesCommand(ReflectionService reflection) {
        this.reflection = reflection;
    }

    @Override
    public List<String> keywords() {
        return List.of("temaer", "tema", "themes");
    }

    @Override
    public String helpKey() {
        return "command.temaer";
    }

    @Override
    public int helpOrder() {
        return 20;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return arguments.isBlank() ? reflection.themes(context) : reflection.drawTyped(context, arguments);
    }
}
