package dk.kernebot.actionplan;

import java.util.List;
import java.util.Map;

/**
 * What one page of the plan card shows, read by {@link PlanPages} with a handful of queries whatever the plan's size:
 * the plan's totals, the first overdue actions (page 1 only), this page's goals with their first actions, and what the
 * next step is about.
 *
 * @param page       1 for the first; never past the last
 * @param overdue    the first {@link PlanPages#OVERDUE_SHOWN} overdue actions, oldest due date first (page 1 only)
 * @param firstOpen  the open action with the earliest due date, null when none is open
 * @param overdueGoalNumbers the number of each overdue action's goal, by goal id
 * @param firstBare  the number of the first goal without actions, null when every goal has one
 */
record PlanPage(Plan plan, Totals totals, int page, int pages, List<PlanAction> overdue,
                Map<String, Integer> overdueGoalNumbers, List<GoalRow> goals, PlanAction firstOpen, Integer firstBare) {

    /** The whole plan's counts, for the summary line and the paging line. */
    record Totals(int goals, int actions, int done, int overdue) {
        static Totals none() {
            return new Totals(0, 0, 0, 0);
        }
    }

    /**
     * A goal on this page and the actions shown under it.
     *
     * @param total every action of the goal, including those shown above under "over fristen"
     */
    record GoalRow(Goal goal, List<PlanAction> actions, int total) {
    }

    static PlanPage empty(Plan plan) {
        return new PlanPage(plan, Totals.none(), 1, 1, List.of(), Map.of(), List.of(), null, null);
    }

    /** The number of the first goal on this page (1-based over the ordered goals). */
    int from() {
        return goals.isEmpty() ? 0 : (page - 1) * PlanPages.GOALS_PER_PAGE + 1;
    }

    int to() {
        return goals.isEmpty() ? 0 : from() + goals.size() - 1;
    }
}
