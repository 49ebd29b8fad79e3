package dk.kernebot.actionplan;

import java.util.List;
import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "oversigt" in a chef's 1:1 chat, and "Vis flere" on its card. */
@Component
class OverviewActions implements CardActionHandler, ChatCommand {

    private final ChefOverview overview;

    OverviewActions(ChefOverview overview) {
        this.overview = overview;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("overview.page");
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        return overview.page(context, action);
    }

    @Override
    public List<String> keywords() {
        return List.of("oversigt", "overview");
    }

    @Override
    public String helpKey() {
        return "command.overview";
    }

    @Override
    public int helpOrder() {
        return 44;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return overview.show(context);
    }
}
