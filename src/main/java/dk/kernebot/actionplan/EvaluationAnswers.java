package dk.kernebot.actionplan;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A read model of the session a handleplan came from: what was said at its evaluation point ("hvad fik vi ud af
 * dialogen – hvad arbejder vi videre med?"). Only reads; the session engine owns those tables.
 */
@Component
class EvaluationAnswers {

    /** The step ids the processes give their evaluation point. */
    static final List<String> STEPS = List.of("evaluering");

    private final JdbcClient jdbc;

    EvaluationAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first; empty for a plan that did not come from a session. */
    List<String> of(Plan plan) {
        if (plan.sessionId() == null) {
            return List.of();
        }
        return jdbc.sql("SELECT text FROM session_entry WHERE session_id = :s AND step_id IN (:steps) "
                        + "AND status <> 'WITHDRAWN' ORDER BY created_at, id")
                .param("s", plan.sessionId()).param("steps", STEPS).query(String.class).list();
    }
}
