package dk.kernebot.privacy;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "privatliv" / "privacy": what Kernebot stores, why, for how long, who can see it, and the link to the full text. */
@Component
class PrivacyCommand implements ChatCommand {

    private final PrivacyCards cards;

    PrivacyCommand(PrivacyCards cards) {
        this.cards = cards;
    }

    @Override
    public List<String> keywords() {
        return List.of("privatliv", "persondata", "privacy");
    }

    @Override
    public String helpKey() {
        return "command.privatliv";
    }

    @Override
    public int helpOrder() {
        return 900;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return Reply.card(cards.card(context.locale()));
    }
}
