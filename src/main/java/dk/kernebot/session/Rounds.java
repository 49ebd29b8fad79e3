package dk.kernebot.session;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The session_round tables: a step's round ("alle siger én ting") and who has had their say in it. */
@Component
class Rounds {

    private final JdbcClient jdbc;
    private final Clock clock;

    Rounds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts the step's round, or a new one: nobody has had their say yet. */
    void start(String sessionId, String stepId, UserRef by) {
        jdbc.sql("DELETE FROM session_round_turn WHERE session_id = :s AND step_id = :step")
                .param("s", sessionId).param("step", stepId).update();
        jdbc.sql("""
                INSERT INTO session_round (session_id, step_id, started_by_name, started_at) VALUES (:s, :step, :n, :now)
                ON CONFLICT (session_id, step_id) DO UPDATE SET started_by_name = :n, started_at = :now
                """)
                .param("s", sessionId).param("step", stepId).param("n", by.name()).param("now", clock.millis()).update();
    }

    boolean running(String sessionId, String stepId) {
        return jdbc.sql("SELECT count(*) FROM session_round WHERE session_id = :s AND step_id = :step")
                .param("s", sessionId).param("step", stepId).query(Integer.class).single() > 0;
    }

    /** The user ids who have had their say in the step's round. */
    Set<String> turns(String sessionId, String stepId) {
        return new TreeSet<>(jdbc.sql("SELECT user_id FROM session_round_turn WHERE session_id = :s AND step_id = :step")
                .param("s", sessionId).param("step", stepId).query(String.class).list());
    }

    /** Ticks a person off, or (a second tap) takes the tick back. */
    void toggle(String sessionId, String stepId, Participant person) {
        int removed = jdbc.sql("DELETE FROM session_round_turn WHERE session_id = :s AND step_id = :step AND user_id = :u")
                .param("s", sessionId).param("step", stepId).param("u", person.userId()).update();
        if (removed == 0) {
            jdbc.sql("""
                    INSERT INTO session_round_turn (session_id, step_id, user_id, name, ticked_at)
                    VALUES (:s, :step, :u, :n, :now) ON CONFLICT (session_id, step_id, user_id) DO NOTHING
                    """)
                    .param("s", sessionId).param("step", stepId).param("u", person.userId())
                    .param("n", person.name()).param("now", clock.millis()).update();
        }
    }
}
