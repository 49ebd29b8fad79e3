package dk.kernebot.actionplan;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests elsewhere that set actions' statuses with plain SQL to arrange a scene: the goals' stored standing (V150)
 * is recounted as the application would after such a change, so the plan card does not show a standing the data
 * no longer has.
 */
public final class PlanSeeds {

    private PlanSeeds() {
    }

    /** Recounts the standing of every goal in the plans of this conversation. */
    public static void recount(JdbcClient jdbc, String conversationId) {
        GoalStanding standing = new GoalStanding(jdbc);
        jdbc.sql("SELECT g.id FROM plan_goal g JOIN handleplan p ON p.id = g.plan_id WHERE p.conversation_id = :c")
                .param("c", conversationId).query(String.class).list().forEach(standing::refresh);
    }
}
