package dk.kernebot.actionplan;

import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** The buttons on the plan card, an action's card and a reminder card. */
@Component
class PlanActions implements CardActionHandler {

    private final Handleplans handleplans;
    private final ActionUpdates updates;
    private final ReminderAnswers reminders;

    PlanActions(Handleplans handleplans, ActionUpdates updates, ReminderAnswers reminders) {
        this.handleplans = handleplans;
        this.updates = updates;
        this.reminders = reminders;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("actionplan.goal.add", "actionplan.action.add", "actionplan.action.open",
                "actionplan.action.status", "actionplan.action.edit", "followup.answer", "actionplan.page");
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        return switch (action.verb()) {
            case "actionplan.goal.add" -> handleplans.addGoalFromCard(context, action);
            case "actionplan.action.add" -> handleplans.addActionFromCard(context, action);
            case "actionplan.action.open" -> updates.open(context, action.string("actionId"));
            case "actionplan.action.status" -> updates.changeStatus(context, action);
            case "actionplan.action.edit" -> updates.edit(context, action);
            case "followup.answer" -> reminders.answer(context, action);
            case "actionplan.page" -> handleplans.page(context, action);
            default -> Reply.none();
        };
    }
}
