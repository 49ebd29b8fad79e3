package dk.kernebot.session;

import java.util.List;
import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "bestyrelse" typed, and "Til bestyrelsen" on the summary: the link to the summary for the bestyrelse. */
@Component
class BestyrelseCommands implements ChatCommand, CardActionHandler {

    static final String VERB = "session.bestyrelse";

    private final BestyrelseSummaries summaries;

    BestyrelseCommands(BestyrelseSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public List<String> keywords() {
        return List.of("bestyrelse", "bestyrelsen", "parent board");
    }

    @Override
    public String helpKey() {
        return "command.bestyrelse";
    }

    @Override
    public int helpOrder() {
        return 37;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return summaries.card(context, Trigger.TYPED);
    }

    @Override
    public Set<String> verbs() {
        return Set.of(VERB);
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        return summaries.card(context, Trigger.clicked(action.string("sessionId")));
    }
}
