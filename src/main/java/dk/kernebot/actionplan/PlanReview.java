package dk.kernebot.actionplan;

import java.util.List;
import java.util.Optional;

import dk.kernebot.chat.UserRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handleplan as the yearly dialogsamtale goes through it ("Opfølgning på handleplanen sker ved årlige
 * dialogsamtaler"): every open goal with its actions and their status, and afterwards the goals the chef and the
 * leader agreed to adjust or close. Each change is a compare-and-set on what the dialogue saw, and goes into the
 * goal's history with who agreed and when.
 */
@Service
public class PlanReview {

    /** An action as the dialogue sees it; {@code finished} when it is done or dropped. */
    public record ActionLine(String text, String ownerName, String due, String status, boolean overdue,
                             boolean finished) {
    }

    /** A goal of the plan with its actions. */
    public record GoalLine(String goalId, int position, String text, boolean closed, List<ActionLine> actions) {
    }

    /** What the dialogue agreed for one goal: KEEP, REWORD (to {@code text}) or CLOSE. */
    public record Decision(String goalId, String seenText, String outcome, String text, GoalDraft.Agreement agreement) {
        public static final String KEEP = "KEEP";
        public static final String REWORD = "REWORD";
        public static final String CLOSE = "CLOSE";
    }

    private final PlanStore plans;
    private final ActionStore actions;
    private final GoalHistory history;
    private final PlanViews views;

    PlanReview(PlanStore plans, ActionStore actions, GoalHistory history, PlanViews views) {
        this.plans = plans;
        this.actions = actions;
        this.history = history;
        this.views = views;
    }

    /** The chat a plan belongs to, by the plan's id (a button on a leader's reminder names the plan). */
    public Optional<String> conversationOf(String planId) {
        return plans.find(planId).map(Plan::conversationId);
    }

    public boolean hasPlan(String conversationId) {
        return plans.forConversation(conversationId).map(p -> !plans.goals(p.id()).isEmpty()).orElse(false);
    }

    /** The plan's open goals, in order, with their actions. */
    public List<GoalLine> openGoals(String conversationId, java.util.Locale locale) {
        return goals(conversationId, locale).stream().filter(g -> !g.closed()).toList();
    }

    /** Every goal of the plan, closed ones too (a dialogsamtale's summary still names a goal it closed). */
    public List<GoalLine> goals(String conversationId, java.util.Locale locale) {
        Optional<Plan> plan = plans.forConversation(conversationId);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<PlanAction> all = actions.inPlan(plan.get().id());
        java.time.LocalDate today = views.today();
        return plans.goals(plan.get().id()).stream()
                .map(g -> new GoalLine(g.id(), g.position(), g.text(), g.isClosed(), all.stream()
                        .filter(a -> a.goalId().equals(g.id()))
                        .map(a -> new ActionLine(a.text(), a.owner().displayName(), views.date(locale, a.due()),
                                views.status(locale, a.status()), a.isOverdue(today), !a.status().isOpen())).toList()))
                .toList();
    }

    /** How many goals a dialogsamtale closed and gave new words. */
    public record Applied(int closed, int reworded) {
    }

    /** Applies what the dialogue agreed; a goal someone changed meanwhile is left as it is. */
    @Transactional
    public Applied apply(String conversationId, List<Decision> decisions, UserRef by) {
        Optional<Plan> plan = plans.forConversation(conversationId);
        if (plan.isEmpty()) {
            return new Applied(0, 0);
        }
        int closed = 0;
        int reworded = 0;
        for (Decision d : decisions) {
            Optional<Goal> goal = plans.goal(d.goalId()).filter(g -> g.planId().equals(plan.get().id()) && !g.isClosed());
            if (goal.isEmpty() || Decision.KEEP.equals(d.outcome())) {
                continue;
            }
            String who = d.agreement() == null ? (by == null ? null : by.name()) : d.agreement().by();
            Long at = d.agreement() == null ? null : d.agreement().at();
            if (Decision.CLOSE.equals(d.outcome()) && plans.close(goal.get().id())) {
                history.add(goal.get().id(), GoalChange.CLOSED, who, null, null, null, at);
                closed++;
            } else if (Decision.REWORD.equals(d.outcome()) && d.text() != null && !d.text().isBlank()
                    && plans.reword(goal.get().id(), d.seenText(), Limits.clean(d.text()))) {
                history.add(goal.get().id(), GoalChange.EDITED, who, d.seenText(), Limits.clean(d.text()), null, at);
                reworded++;
            }
        }
        plans.touch(plan.get().id());
        return new Applied(closed, reworded);
    }
}
