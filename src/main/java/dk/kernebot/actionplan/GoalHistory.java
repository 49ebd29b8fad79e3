package dk.kernebot.actionplan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan_goal_history table. */
@Component
class GoalHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    GoalHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String goalId, String kind, String byName, String from, String to, String comment, Long at) {
        jdbc.sql("INSERT INTO plan_goal_history (id, goal_id, seq, kind, by_name, old_value, new_value, comment, at) "
                        + "SELECT :id, :g, COALESCE(MAX(seq), 0) + 1, :kind, :by, :old, :new, :comment, :at "
                        + "FROM plan_goal_history WHERE goal_id = :g")
                .param("id", UUID.randomUUID().toString()).param("g", goalId).param("kind", kind).param("by", byName)
                .param("old", from).param("new", to).param("comment", comment)
                .param("at", at == null ? clock.millis() : at)
                .update();
    }

    /** Every goal's history in a plan, each oldest first, in one query (the export). */
    Map<String, List<GoalChange>> ofPlan(String planId) {
        Map<String, List<GoalChange>> byGoal = new LinkedHashMap<>();
        jdbc.sql("SELECT h.goal_id, h.kind, h.by_name, h.old_value, h.new_value, h.comment, h.at FROM plan_goal_history h "
                        + "JOIN plan_goal g ON g.id = h.goal_id WHERE g.plan_id = :p ORDER BY h.goal_id, h.seq")
                .param("p", planId)
                .query(row -> {
                    byGoal.computeIfAbsent(row.getString("goal_id"), g -> new ArrayList<>()).add(new GoalChange(
                            row.getString("kind"), row.getString("by_name"), row.getString("old_value"),
                            row.getString("new_value"), row.getString("comment"), row.getLong("at")));
                });
        return byGoal;
    }
}
