package dk.kernebot.actionplan;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A button on a reminder card: "På sporet", "Forsinket", "Færdig" or "Brug for hjælp", with an optional comment.
 * The answer is recorded once per reminder, the status change goes into the action's history, and the clicked card
 * is replaced by one that shows the answer and who gave it. The card may have been clicked in the group or in the
 * owner's 1:1 chat: the action's plan, not the chat, decides who may answer.
 */
@Component
class ReminderAnswers {

    private static final Map<String, ActionStatus> STATUS = Map.of(
            "ON_TRACK", ActionStatus.I_GANG, "DELAYED", ActionStatus.FORSINKET, "DONE", ActionStatus.FAERDIG);
    static final String HELP = "HELP";

    private final ActionStore actions;
    private final PlanStore plans;
    private final FollowUpAnswers answers;
    private final Permissions permissions;
    private final ActionUpdates updates;
    private final Escalations escalations;
    private final FollowUpViews cards;
    private final PlanViews views;

    ReminderAnswers(ActionStore actions, PlanStore plans, FollowUpAnswers answers, Permissions permissions,
                    ActionUpdates updates, Escalations escalations, FollowUpViews cards, PlanViews views) {
        this.actions = actions;
        this.plans = plans;
        this.answers = answers;
        this.permissions = permissions;
        this.updates = updates;
        this.escalations = escalations;
        this.cards = cards;
        this.views = views;
    }

    @Transactional
    Reply answer(ChatContext context, CardAction click) {
        Locale locale = context.locale();
        String key = click.string("reminderKey");
        String code = click.string("answer");
        Optional<PlanAction> found = actions.find(click.string("actionId"));
        Optional<Plan> plan = found.flatMap(a -> plans.find(a.planId()));
        if (plan.isEmpty() || key == null || !key.startsWith(FollowUpPlanner.prefix(found.get()))
                || !(STATUS.containsKey(code) || HELP.equals(code))) {
            return Reply.notice(views.t(locale, "actionplan.reminder.unknown"));
        }
        PlanAction action = found.get();
        if (!permissions.mayChange(context, plan.get(), action)) {
            return Reply.notice(views.t(locale, "actionplan.notAllowed", CardText.escapeMarkdown(action.owner().displayName())));
        }
        Optional<FollowUpAnswers.Answer> earlier = answers.find(key);
        if (earlier.isPresent()) {
            return answeredElsewhere(locale, key, action, earlier.get());
        }
        if (!action.status().isOpen()) {
            return Reply.notice(views.t(locale, "actionplan.reminder.closed", views.status(locale, action.status())));
        }
        String comment = Limits.clean(click.string("comment"));
        if (comment.length() > Limits.MAX_COMMENT) {
            return Reply.notice(views.t(locale, "actionplan.tooLong", Limits.MAX_COMMENT));
        }
        if (!answers.record(key, action.id(), code, context.user().name(), comment)) {
            Optional<FollowUpAnswers.Answer> first = answers.find(key);
            return first.isPresent() ? answeredElsewhere(locale, key, action, first.get())
                    : Reply.notice(views.t(locale, "actionplan.reminder.alreadyAnswered", ""));
        }
        Goal goal = plans.goal(action.goalId()).orElseThrow();
        if (HELP.equals(code)) {
            actions.history(action.id(), HistoryEntry.HELP, action.status(), action.status(), context.user(), comment);
            escalations.help(plan.get(), goal, action, context.user(), comment);
        } else {
            updates.apply(action, STATUS.get(code), context.user(), comment);
        }
        PlanAction now = actions.find(action.id()).orElseThrow();
        return Reply.replaceCard(cards.reminder(locale, key, stage(key, action), goal, now, answers.find(key).orElseThrow()));
    }

    /**
     * The other copy of the reminder (group chat or the owner's 1:1) was answered first: this copy, still showing
     * the buttons and the old status, becomes the answered card, so it shows who answered, when, and the status now.
     */
    private Reply answeredElsewhere(Locale locale, String key, PlanAction action, FollowUpAnswers.Answer answer) {
        Optional<Goal> goal = plans.goal(action.goalId());
        if (goal.isEmpty()) {
            return Reply.notice(views.t(locale, "actionplan.reminder.alreadyAnswered", cards.answeredText(locale, answer)));
        }
        return Reply.replaceCard(cards.reminder(locale, key, stage(key, action), goal.get(), action, answer));
    }

    /** The stage named in the key: "followup:&lt;action&gt;:&lt;due&gt;:overdue:2" is an overdue reminder. */
    private static ReminderSchedule.Stage stage(String key, PlanAction action) {
        String rest = key.substring(FollowUpPlanner.prefix(action).length());
        int afterDue = rest.indexOf(':');
        String name = afterDue < 0 ? rest : rest.substring(afterDue + 1);
        return new ReminderSchedule.Stage(name.split(":")[0], name, null, null);
    }
}
