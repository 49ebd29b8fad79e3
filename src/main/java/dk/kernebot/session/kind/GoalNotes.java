package dk.kernebot.session.kind;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The session_goal_note table: which handleplan goal each note of a dialogsamtale's review is about. */
@Component
class GoalNotes {

    private final JdbcClient jdbc;

    GoalNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(String entryId, String sessionId, String goalId) {
        jdbc.sql("INSERT INTO session_goal_note (entry_id, session_id, goal_id) VALUES (:e, :s, :g)")
                .param("e", entryId).param("s", sessionId).param("g", goalId).update();
    }

    /** Entry id → goal id, for every note of the session. */
    Map<String, String> goals(String sessionId) {
        return jdbc.sql("SELECT entry_id, goal_id FROM session_goal_note WHERE session_id = :s").param("s", sessionId)
                .query((row, n) -> Map.entry(row.getString("entry_id"), row.getString("goal_id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
