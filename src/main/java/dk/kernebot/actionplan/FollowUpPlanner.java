package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.ConversationType;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.outbox.OutboundMessage;
import dk.kernebot.outbox.Outbox;
import dk.kernebot.questions.Leader;
import dk.kernebot.questions.Leaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns action state and the clock into outbox rows. It runs periodically and after every change, and it may run
 * on several instances at once: every reminder has a deterministic dedupe key, so asking twice queues it once,
 * and the outbox claims each row for one sender, so a restart neither loses nor doubles one. A row waits for the
 * working window ({@link WorkingCalendar#nextOpening}). Keys:
 * {@code followup:<action>:<due date>:<stage>:group|owner} and {@code plan:<plan>:dialogue|quality:<date>:<leader>}.
 */
@Component
class FollowUpPlanner {

    private final ActionStore actions;
    private final PlanStore plans;
    private final Outbox outbox;
    private final WorkingCalendar calendar;
    private final FollowUpSettings settings;
    private final FollowUpViews views;
    private final Escalations escalations;
    private final Leaders leaders;
    private final ConversationStore conversations;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PlanPath path;

    FollowUpPlanner(ActionStore actions, PlanStore plans, Outbox outbox, WorkingCalendar calendar,
                    FollowUpSettings settings, FollowUpViews views, Escalations escalations, Leaders leaders,
                    ConversationStore conversations, PlatformTransactionManager transactions, Clock clock, PlanPath path) {
        this.path = path;
        this.actions = actions;
        this.plans = plans;
        this.outbox = outbox;
        this.calendar = calendar;
        this.settings = settings;
        this.views = views;
        this.escalations = escalations;
        this.leaders = leaders;
        this.conversations = conversations;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every open action and every plan, each in its own short transaction (SQLite has one writer). */
    void planAll() {
        for (PlanAction action : actions.open()) {
            transaction.executeWithoutResult(status -> actions.find(action.id()).ifPresent(this::plan));
        }
        for (Plan plan : plans.all()) {
            transaction.executeWithoutResult(status -> planLeaders(plan));
        }
    }

    /** Queues the reminder this action is due for now, if any, and escalates it when it is long overdue. */
    void plan(PlanAction action) {
        if (!action.status().isOpen()) {
            withdraw(action);
            return;
        }
        Optional<Plan> plan = plans.find(action.planId());
        Optional<Goal> goal = plans.goal(action.goalId());
        if (plan.isEmpty() || goal.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ReminderSchedule.current(action, now, clock.getZone(), settings.leadWorkingDays(), this::workingDay)
                .ifPresent(stage -> queue(plan.get(), goal.get(), action, stage, now));
        escalateIfLongOverdue(plan.get(), goal.get(), action, now);
    }

    /** Withdraws the action's reminders that have not gone out: they speak of a state that no longer holds. */
    void withdraw(PlanAction action) {
        outbox.cancelPending(prefix(action));
    }

    /**
     * Nordfyn's cadence: a yearly follow-up dialogue on the handleplan and a quality conversation every second
     * year, counted from the plan's creation; the leaders hear of the next one some time ahead, with the plan's
     * status. In the second year the quality conversation takes the dialogue's place.
     */
    void planLeaders(Plan plan) {
        Instant now = clock.instant();
        nudgeIfWaiting(plan, now);
        LocalDate created = java.time.Instant.ofEpochMilli(plan.createdAt()).atZone(clock.getZone()).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        int years = 1;
        while (created.plusYears(years).isBefore(today)) {
            years++;
        }
        LocalDate meeting = created.plusYears(years);
        boolean quality = years % 2 == 0;
        Instant remindAt = meeting.atStartOfDay(clock.getZone()).toInstant().minus(settings.leaderLead());
        if (remindAt.isAfter(now)) {
            return;
        }
        List<Leader> current = leaders.of(plan.conversationId());
        if (current.isEmpty()) {
            return;
        }
        Locale locale = escalations.locale(plan);
        String card = null;
        for (Leader leader : current) {
            String key = "plan:" + plan.id() + ":" + (quality ? "quality" : "dialogue") + ":" + meeting + ":" + leader.key();
            if (outbox.status(key).isPresent()) {
                continue;
            }
            if (card == null) {
                card = views.leader(locale, plan, quality, meeting, plans.goals(plan.id()), actions.inPlan(plan.id()),
                        path.waitingTooLong(plan).map(p -> views.pathWaiting(locale, p)).orElse(null));
            }
            outbox.enqueueAt(OutboundMessage.card(key, new OutboundMessage.Person(leader.userId(), leader.aadId(),
                    leader.name(), plan.conversationId()), card), calendar.nextOpening(now).toEpochMilli());
        }
    }

    /**
     * A plan that has stood too long at one step of its way (not yet sent to the bestyrelse, say): each leader is told
     * once per step, in their 1:1 chat. Key {@code plan:<plan>:path:<stage>:<leader>}.
     */
    private void nudgeIfWaiting(Plan plan, Instant now) {
        Optional<PlanPath.Position> waiting = path.waitingTooLong(plan);
        if (waiting.isEmpty()) {
            return;
        }
        Locale locale = escalations.locale(plan);
        String text = null;
        for (Leader leader : leaders.of(plan.conversationId())) {
            String key = "plan:" + plan.id() + ":path:" + waiting.get().stage() + ":" + leader.key();
            if (outbox.status(key).isPresent()) {
                continue;
            }
            if (text == null) {
                text = views.pathNudge(locale, plan, waiting.get());
            }
            outbox.enqueueAt(OutboundMessage.text(key, new OutboundMessage.Person(leader.userId(), leader.aadId(),
                    leader.name(), plan.conversationId()), text, null), calendar.nextOpening(now).toEpochMilli());
        }
    }

    private void queue(Plan plan, Goal goal, PlanAction action, ReminderSchedule.Stage stage, Instant now) {
        String key = prefix(action) + action.dueDate() + ":" + stage.name();
        if (outbox.status(key + ":group").isPresent() || outbox.status(key + ":owner").isPresent()) {
            return;
        }
        // A newer stage replaces an older one still waiting for the window: one reminder, and the current one.
        withdraw(action);
        Locale locale = escalations.locale(plan);
        String card = views.reminder(locale, key, stage, goal, action, null);
        // The stage's moment has passed; the row waits for the window to open from now (not from the moment,
        // which may lie before a closed weekend the planner only just noticed).
        long notBefore = calendar.nextOpening(now).toEpochMilli();
        outbox.enqueueAt(OutboundMessage.card(key + ":group", new OutboundMessage.Conversation(plan.conversationId(), null),
                card), notBefore);
        boolean planInPersonalChat = conversations.find(plan.conversationId())
                .map(c -> c.conversationType() == ConversationType.PERSONAL).orElse(false);
        if (!planInPersonalChat) {
            outbox.enqueueAt(OutboundMessage.card(key + ":owner", new OutboundMessage.Person(action.ownerId(),
                    action.ownerAadId(), action.ownerName(), plan.conversationId()), card), notBefore);
        }
    }

    private void escalateIfLongOverdue(Plan plan, Goal goal, PlanAction action, Instant now) {
        Instant limit = action.due().atStartOfDay(clock.getZone()).toInstant().plus(settings.longOverdue());
        if (now.isBefore(limit) || !calendar.isOpen(now) || !actions.markEscalated(action)) {
            return;
        }
        escalations.longOverdue(plan, goal, action, ChronoUnit.DAYS.between(action.due(), LocalDate.now(clock)));
    }

    boolean workingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    static String prefix(PlanAction action) {
        return "followup:" + action.id() + ":";
    }
}
