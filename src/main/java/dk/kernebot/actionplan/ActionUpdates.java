package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.UserRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to one action from its card: status with a comment, or an edit (text, owner, due date, cadence).
 * Each change is written to the history, and the action's reminders follow at once: a closed action or a moved
 * due date withdraws the reminders not yet sent.
 */
@Component
class ActionUpdates {

    /**
     * Changes on an action's card, the newest: each can hold a 1,000-character comment, so ten keep the card well
     * under the size guard's limit; the export has them all.
     */
    static final int HISTORY_SHOWN = 10;

    private final PlanStore plans;
    private final ActionStore actions;
    private final People people;
    private final PlanViews views;
    private final Permissions permissions;
    private final FollowUpPlanner planner;
    private final Handleplans handleplans;

    ActionUpdates(PlanStore plans, ActionStore actions, People people, PlanViews views, Permissions permissions,
                  FollowUpPlanner planner, Handleplans handleplans) {
        this.plans = plans;
        this.actions = actions;
        this.people = people;
        this.views = views;
        this.permissions = permissions;
        this.planner = planner;
        this.handleplans = handleplans;
    }

    /** "Opdater" on the plan card: the action's own card, with its history, as a new message. */
    Reply open(ChatContext context, String actionId) {
        return inThisConversation(context, actionId, (plan, action) ->
                Reply.card(card(context, plan, action, PlanViews.Note.none())));
    }

    @Transactional
    Reply changeStatus(ChatContext context, CardAction click) {
        Locale locale = context.locale();
        return inThisConversation(context, click.string("actionId"), (plan, action) -> {
            if (!permissions.mayChange(context, plan, action)) {
                return Reply.notice(views.t(locale, "actionplan.notAllowed", CardText.escapeMarkdown(action.owner().displayName())));
            }
            if (olderCopy(click, action)) {
                return stale(context, plan, action, "actionplan.stale.status");
            }
            Optional<ActionStatus> to = ActionStatus.parse(click.string("status"));
            String comment = Limits.clean(click.string("comment"));
            if (to.isEmpty() || comment.length() > Limits.MAX_COMMENT) {
                return Reply.replaceCard(card(context, plan, action, PlanViews.Note.error(views.t(locale,
                        to.isEmpty() ? "actionplan.statusChange.choose" : "actionplan.tooLong", Limits.MAX_COMMENT))));
            }
            if (to.get() == action.status() && comment.isEmpty()) {
                return Reply.replaceCard(card(context, plan, action, PlanViews.Note.error(views.t(locale, "actionplan.statusChange.same"))));
            }
            if (!apply(action, to.get(), context.user(), comment)) {
                return stale(context, plan, actions.find(action.id()).orElseThrow(), "actionplan.stale.status");
            }
            PlanAction now = actions.find(action.id()).orElseThrow();
            return Reply.replaceCard(card(context, plan, now, PlanViews.Note.info(views.t(locale, "actionplan.statusChange.changed",
                    views.status(locale, now.status())))));
        });
    }

    @Transactional
    Reply edit(ChatContext context, CardAction click) {
        Locale locale = context.locale();
        return inThisConversation(context, click.string("actionId"), (plan, action) -> {
            if (!permissions.mayChange(context, plan, action)) {
                return Reply.notice(views.t(locale, "actionplan.notAllowed", CardText.escapeMarkdown(action.owner().displayName())));
            }
            if (olderCopy(click, action)) {
                return stale(context, plan, action, "actionplan.stale.edit");
            }
            String text = Limits.clean(click.string("actionText"));
            String comment = Limits.clean(click.string("editComment"));
            String ownerId = click.string("ownerId");
            Optional<UserRef> owner = ownerId == null || ownerId.equals(action.ownerId()) ? Optional.of(action.owner())
                    : people.find(plan.conversationId(), plan, context.user(), ownerId);
            Integer cadence = Handleplans.number(click.string("cadence"));
            String due = click.string("due");
            String problem = text.isEmpty() ? views.t(locale, "actionplan.action.empty")
                    : owner.isEmpty() ? views.t(locale, "actionplan.action.chooseOwner")
                    : comment.length() > Limits.MAX_COMMENT ? views.t(locale, "actionplan.tooLong", Limits.MAX_COMMENT)
                    : handleplans.problem(locale, text, due, cadence, action.due());
            if (problem != null) {
                return Reply.replaceCard(card(context, plan, action, PlanViews.Note.error(problem)));
            }
            LocalDate newDue = handleplans.parseDate(due).orElseThrow();
            if (!actions.edit(action, text, owner.get(), newDue, Handleplans.cadence(cadence), context.user(), comment)) {
                return stale(context, plan, actions.find(action.id()).orElseThrow(), "actionplan.stale.edit");
            }
            if (!newDue.equals(action.due()) || !owner.get().id().equals(action.ownerId())) {
                planner.withdraw(action);
            }
            PlanAction now = actions.find(action.id()).orElseThrow();
            planner.plan(now);
            return Reply.replaceCard(card(context, plan, now, PlanViews.Note.info(views.t(locale, "actionplan.action.saved"))));
        });
    }

    /**
     * Sets a status (from the action card or a reminder); false when someone else changed it first. Closing an
     * action withdraws its pending reminders.
     */
    boolean apply(PlanAction action, ActionStatus to, UserRef by, String comment) {
        if (to == action.status()) {
            actions.history(action.id(), HistoryEntry.STATUS, action.status(), to, by, comment);
            return true;
        }
        if (!actions.changeStatus(action, to, by, comment)) {
            return false;
        }
        if (!to.isOpen()) {
            planner.withdraw(action);
        } else {
            planner.plan(actions.find(action.id()).orElseThrow());
        }
        return true;
    }

    /**
     * The card was drawn from an older version of the action: someone has changed it since. A card without a version
     * (drawn before versions were kept) is judged by the compare-and-set on the version read alone.
     */
    private static boolean olderCopy(CardAction click, PlanAction action) {
        String drawn = click.string("actionVersion");
        if (drawn == null || drawn.isBlank()) {
            return false;
        }
        try {
            return Math.round(Double.parseDouble(drawn.strip())) != action.version();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * A click on an older copy changes nothing: the clicker is told the status now, who changed the action last and
     * when, and the clicked card becomes the current one.
     */
    private Reply stale(ChatContext context, Plan plan, PlanAction now, String key) {
        Locale locale = context.locale();
        // Who changed it last is the newest row: the rest of the history is not read.
        List<HistoryEntry> newest = actions.latestHistory(now.id(), 1);
        HistoryEntry last = newest.isEmpty() ? null : newest.get(0);
        String who = CardText.escapeMarkdown(last == null || last.byName() == null ? "?" : last.byName());
        String when = last == null ? "" : views.moment(locale, last.at());
        return Reply.replaceCard(card(context, plan, now, PlanViews.Note.error(views.t(locale, key,
                views.status(locale, now.status()), who, when))));
    }

    String card(ChatContext context, Plan plan, PlanAction action, PlanViews.Note note) {
        Goal goal = plans.goal(action.goalId()).orElseThrow();
        List<HistoryEntry> shown = actions.latestHistory(action.id(), HISTORY_SHOWN);
        int older = shown.size() < HISTORY_SHOWN ? 0 : actions.historyCount(action.id()) - shown.size();
        return views.action(context.locale(), goal, action, shown, older,
                people.candidates(plan.conversationId(), plan, context.user()), note);
    }

    /** The action must belong to this conversation's plan: an id from another conversation's card is no key. */
    private Reply inThisConversation(ChatContext context, String actionId, BiFunction<Plan, PlanAction, Reply> work) {
        Optional<PlanAction> action = actions.find(actionId);
        Optional<Plan> plan = action.flatMap(a -> plans.find(a.planId()))
                .filter(p -> p.conversationId().equals(context.conversationId()));
        if (plan.isEmpty()) {
            return Reply.notice(views.t(context.locale(), "actionplan.notThisConversation"));
        }
        return work.apply(plan.get(), action.get());
    }
}
