package dk.kernebot.help;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "hjælp" / "help": the list of commands. The last keyword is the English one shown to English readers. */
@Component
class HelpCommand implements ChatCommand {

    private final HelpCards cards;

    HelpCommand(HelpCards cards) {
        this.cards = cards;
    }

    @Override
    public List<String> keywords() {
        return List.of("hjælp", "hjaelp", "?", "help");
    }

    @Override
    public String helpKey() {
        return "command.help";
    }

    @Override
    public int helpOrder() {
        return 1000;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return Reply.card(cards.help(context, null));
    }
}
