package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one page of the plan card. The goals that need someone now come first (a goal with an overdue action, then
 * open goals: an open action or none yet), then the rest (closed goals and goals whose actions are all done), each
 * group by number. Every query returns rows bounded by the page (at most {@link #GOALS_PER_PAGE} goals, at most
 * {@link #ACTIONS_PER_GOAL} actions under each, {@link #OVERDUE_SHOWN} overdue ones above), so a plan of a thousand
 * goals reads no more rows per click than one of five. The order comes from each goal's stored standing (V150,
 * kept by {@link GoalStanding}), so a page's goals are read through an index and no goal past the page is looked at;
 * the totals are counting queries over the plan's indexes (V95, V150); no query per goal.
 */
@Component
class PlanPages {

    static final int GOALS_PER_PAGE = 5;
    static final int ACTIONS_PER_GOAL = 3;
    static final int OVERDUE_SHOWN = 3;

    private static final String OPEN = "a.status NOT IN ('FAERDIG', 'OPGIVET')";
    private static final String GOAL_FIELDS = "id, plan_id, position, text, agenda_point, quality_type, capital, "
            + "session_id, created_by_name, created_at, closed_at";
    private static final String GOAL_COLUMNS = "g.id, g.plan_id, g.position, g.text, g.agenda_point, g.quality_type, "
            + "g.capital, g.session_id, g.created_by_name, g.created_at, g.closed_at";
    private static final String ACTION_COLUMNS = "a.id, a.plan_id, a.goal_id, a.text, a.owner_id, a.owner_aad_id, "
            + "a.owner_name, a.due_date, a.cadence_days, a.status, a.escalated_due, a.scheduled_from, a.created_by_name, "
            + "a.created_at, a.updated_at, a.version";
    /**
     * The three groups of the card's order, each by number, from the goals' stored standing (V150, {@link GoalStanding}):
     * 0 has an overdue action; 1 open (an open action, or no action yet); 2 the rest. Each group reads at most as many
     * goals as the pages up to the one shown hold, through its index, so no goal past the page is looked at.
     */
    private static final String[] GROUPS = {
        "g.open_due < :today",
        "g.standing = 1 AND (g.open_due IS NULL OR g.open_due >= :today)",
        "g.standing = 2 AND (g.open_due IS NULL OR g.open_due >= :today)"};

    private final JdbcClient jdbc;
    private final DataClassRowMapper<PlanAction> actionRows = new DataClassRowMapper<>(PlanAction.class);

    PlanPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param page 1 for the first; below 1 is the first, past the end the last */
    PlanPage read(Plan plan, int page, LocalDate today) {
        String day = today.toString();
        PlanPage.Totals totals = totals(plan.id(), day);
        if (totals.goals() == 0) {
            return PlanPage.empty(plan);
        }
        int pages = (totals.goals() + GOALS_PER_PAGE - 1) / GOALS_PER_PAGE;
        int shown = Math.max(1, Math.min(page, pages));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<PlanAction> overdue = shown == 1 && totals.overdue() > 0 ? overdue(plan.id(), day, numbers) : List.of();
        List<Goal> goals = goals(plan.id(), day, (shown - 1) * GOALS_PER_PAGE);
        Set<String> above = overdue.stream().map(PlanAction::id).collect(Collectors.toSet());
        List<PlanPage.GoalRow> rows = rows(goals, above);
        PlanAction firstOpen = firstOpen(plan.id());
        Integer firstBare = jdbc.sql("SELECT g.position FROM plan_goal g WHERE g.plan_id = :p AND g.action_count = 0 "
                        + "ORDER BY g.position LIMIT 1")
                .param("p", plan.id()).query(Integer.class).optional().orElse(null);
        return new PlanPage(plan, totals, shown, pages, overdue, Map.copyOf(numbers), rows, firstOpen, firstBare);
    }

    /** The page's goals: the first {@code offset + GOALS_PER_PAGE} of each group, put in order, and the page cut. */
    private List<Goal> goals(String planId, String day, int offset) {
        StringBuilder union = new StringBuilder();
        for (int rank = 0; rank < GROUPS.length; rank++) {
            union.append(rank == 0 ? "" : " UNION ALL ").append("SELECT ").append(rank).append(" AS rnk, ")
                    .append(GOAL_FIELDS).append(" FROM (SELECT ").append(GOAL_COLUMNS)
                    .append(" FROM plan_goal g WHERE g.plan_id = :p AND ").append(GROUPS[rank])
                    .append(" ORDER BY g.position LIMIT :upTo) g").append(rank);
        }
        return jdbc.sql("SELECT " + GOAL_FIELDS + " FROM (" + union + ") u ORDER BY rnk, position LIMIT :n OFFSET :o")
                .param("p", planId).param("today", day).param("upTo", offset + GOALS_PER_PAGE)
                .param("n", GOALS_PER_PAGE).param("o", offset)
                .query(Goal.class).list();
    }

    private PlanPage.Totals totals(String planId, String day) {
        int goals = jdbc.sql("SELECT COUNT(*) FROM plan_goal WHERE plan_id = :p").param("p", planId)
                .query(Integer.class).single();
        return jdbc.sql("SELECT COUNT(*) AS actions, COALESCE(SUM(CASE WHEN a.status = 'FAERDIG' THEN 1 ELSE 0 END), 0) "
                        + "AS done, COALESCE(SUM(CASE WHEN " + OPEN + " AND a.due_date < :today THEN 1 ELSE 0 END), 0) "
                        + "AS overdue FROM plan_action a WHERE a.plan_id = :p")
                .param("p", planId).param("today", day)
                .query((rs, i) -> new PlanPage.Totals(goals, rs.getInt("actions"), rs.getInt("done"), rs.getInt("overdue")))
                .single();
    }

    /** The first overdue actions, and their goals' numbers into {@code numbers}. */
    private List<PlanAction> overdue(String planId, String day, Map<String, Integer> numbers) {
        return jdbc.sql("SELECT " + ACTION_COLUMNS + ", g.position AS goal_position FROM plan_action a "
                        + "JOIN plan_goal g ON g.id = a.goal_id WHERE a.plan_id = :p AND " + OPEN
                        + " AND a.due_date < :today ORDER BY a.due_date, a.seq, a.id LIMIT :n")
                .param("p", planId).param("today", day).param("n", OVERDUE_SHOWN)
                .query((rs, i) -> {
                    PlanAction action = actionRows.mapRow(rs, i);
                    numbers.put(action.goalId(), rs.getInt("goal_position"));
                    return action;
                })
                .list();
    }

    /** The open action due first: on the plan's earliest open due date, which the goals keep (V150). */
    private PlanAction firstOpen(String planId) {
        return jdbc.sql("SELECT " + ACTION_COLUMNS + " FROM plan_action a WHERE a.plan_id = :p AND " + OPEN
                        + " AND a.due_date = (SELECT g.open_due FROM plan_goal g WHERE g.plan_id = :p AND g.open_due "
                        + "IS NOT NULL ORDER BY g.open_due LIMIT 1) ORDER BY a.seq, a.id LIMIT 1")
                .param("p", planId).query(actionRows).optional().orElse(null);
    }

    /**
     * The first actions of each goal (open ones first, by due date, then the closed ones), those already shown above
     * left out, with each goal's total: one query for the page, a window per goal.
     */
    private List<PlanPage.GoalRow> rows(List<Goal> goals, Set<String> above) {
        if (goals.isEmpty()) {
            return List.of();
        }
        Map<String, List<PlanAction>> shown = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        goals.forEach(g -> {
            shown.put(g.id(), new ArrayList<>());
            totals.put(g.id(), 0);
        });
        jdbc.sql("SELECT * FROM (SELECT " + ACTION_COLUMNS + ", ROW_NUMBER() OVER (PARTITION BY a.goal_id ORDER BY "
                        + "CASE WHEN " + OPEN + " THEN 0 ELSE 1 END, a.due_date, a.seq, a.id) AS rn, "
                        + "COUNT(*) OVER (PARTITION BY a.goal_id) AS total FROM plan_action a WHERE a.goal_id IN (:goals)) x "
                        + "WHERE x.rn <= :n ORDER BY x.goal_id, x.rn")
                .param("goals", goals.stream().map(Goal::id).toList())
                .param("n", ACTIONS_PER_GOAL + above.size())
                .query((rs, i) -> {
                    PlanAction action = actionRows.mapRow(rs, i);
                    totals.put(action.goalId(), rs.getInt("total"));
                    return action;
                })
                .list()
                .forEach(a -> {
                    List<PlanAction> mine = shown.get(a.goalId());
                    if (!above.contains(a.id()) && mine.size() < ACTIONS_PER_GOAL) {
                        mine.add(a);
                    }
                });
        return goals.stream().map(g -> new PlanPage.GoalRow(g, List.copyOf(shown.get(g.id())), totals.get(g.id())))
                .toList();
    }
}
