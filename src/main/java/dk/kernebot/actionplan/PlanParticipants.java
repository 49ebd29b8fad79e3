package dk.kernebot.actionplan;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan_participant table: who took part in each session that added to the plan. */
@Component
class PlanParticipants {

    private final JdbcClient jdbc;

    PlanParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what the session recorded before (a session completes once, but a retry must not double it). */
    void record(String planId, String sessionId, List<SessionPerson> people) {
        jdbc.sql("DELETE FROM plan_participant WHERE plan_id = :p AND session_id = :s").param("p", planId)
                .param("s", sessionId).update();
        int ordinal = 0;
        for (SessionPerson person : people) {
            jdbc.sql("INSERT INTO plan_participant (plan_id, session_id, ordinal, name, role, external) "
                            + "VALUES (:p, :s, :o, :name, :role, :external)")
                    .param("p", planId).param("s", sessionId).param("o", ordinal++)
                    .param("name", Limits.clean(person.name())).param("role", person.role())
                    .param("external", person.external())
                    .update();
        }
    }

    /** The people of the session the plan was made in (its first). */
    List<SessionPerson> of(Plan plan) {
        if (plan.sessionId() == null) {
            return List.of();
        }
        return jdbc.sql("SELECT name, role, external FROM plan_participant WHERE plan_id = :p AND session_id = :s "
                        + "ORDER BY ordinal")
                .param("p", plan.id()).param("s", plan.sessionId())
                .query((row, n) -> new SessionPerson(row.getString("name"), row.getString("role"), row.getBoolean("external")))
                .list();
    }
}
