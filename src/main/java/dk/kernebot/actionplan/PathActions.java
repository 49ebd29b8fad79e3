package dk.kernebot.actionplan;

import java.util.List;
import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** The handleplan's way: "handleplanens vej" shows it, the button on its card marks the next step. */
@Component
class PathActions implements CardActionHandler, ChatCommand {

    private final PlanPath path;

    PathActions(PlanPath path) {
        this.path = path;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("actionplan.path.mark");
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        return path.mark(context, action);
    }

    @Override
    public List<String> keywords() {
        return List.of("handleplanens vej", "planens vej", "plan path");
    }

    @Override
    public String helpKey() {
        return "command.planPath";
    }

    @Override
    public int helpOrder() {
        return 43;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return path.show(context);
    }
}
