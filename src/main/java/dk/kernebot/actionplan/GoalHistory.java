package dk.kernebot.actionplan;

import java.time.Clock;
import java.util.List;
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

    List<GoalChange> of(String goalId) {
        return jdbc.sql("SELECT kind, by_name, old_value, new_value, comment, at FROM plan_goal_history "
                        + "WHERE goal_id = :g ORDER BY seq")
                .param("g", goalId)
                .query((row, n) -> new GoalChange(row.getString("kind"), row.getString("by_name"),
                        row.getString("old_value"), row.getString("new_value"), row.getString("comment"),
                        row.getLong("at")))
                .list();
    }
}
