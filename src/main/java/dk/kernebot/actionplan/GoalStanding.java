package dk.kernebot.actionplan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a goal's stored standing (V150: its number of actions, the earliest due date of its open ones, open or not)
 * in step with its actions, so {@link PlanPages} reads a page of goals through an index instead of working the
 * order out from every goal's actions. Called after every change of an action or of the goal's closing.
 */
@Component
class GoalStanding {

    private static final String OPEN = "a.status NOT IN ('FAERDIG', 'OPGIVET')";

    private final JdbcClient jdbc;

    GoalStanding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recounts from the goal's own actions (bounded by the goal, not the plan). */
    void refresh(String goalId) {
        // The first statement takes the goal's row lock: on PostgreSQL a second writer of the same goal waits here,
        // and its recount below then starts after the first one committed, so it sees that one's action too.
        jdbc.sql("UPDATE plan_goal SET standing = standing WHERE id = :g").param("g", goalId).update();
        jdbc.sql("UPDATE plan_goal SET "
                        + "action_count = (SELECT COUNT(*) FROM plan_action a WHERE a.goal_id = :g), "
                        + "open_due = (SELECT MIN(a.due_date) FROM plan_action a WHERE a.goal_id = :g AND " + OPEN + "), "
                        + "standing = CASE WHEN closed_at IS NULL AND (EXISTS (SELECT 1 FROM plan_action a "
                        + "WHERE a.goal_id = :g AND " + OPEN + ") OR NOT EXISTS (SELECT 1 FROM plan_action a "
                        + "WHERE a.goal_id = :g)) THEN 1 ELSE 2 END WHERE id = :g")
                .param("g", goalId).update();
    }
}
