package dk.kernebot.session;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "afslut" / "end session" asks once whether to end early; "afslut nu" / "end session now" ends at once. */
@Component
class EndCommand implements ChatCommand {
    private final SessionEndings endings;

    EndCommand(SessionEndings endings) {
        this.endings = endings;
    }

    @Override
    public List<String> keywords() {
        return List.of("afslut", "end session");
    }

    @Override
    public List<String> phrases() {
        return List.of("afslut", "afslut nu", "end session", "end session now");
    }

    @Override
    public String helpKey() {
        return "command.afslut";
    }

    @Override
    public int helpOrder() {
        return 33;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        // "afslut" asks once; "afslut nu" / "end session now" is the answer given at once.
        return List.of("nu", "now").contains(arguments.toLowerCase(java.util.Locale.ROOT))
                ? endings.end(context, Trigger.TYPED) : endings.askToEnd(context, Trigger.TYPED);
    }
}
