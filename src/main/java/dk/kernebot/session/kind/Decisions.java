package dk.kernebot.session.kind;

import java.time.Clock;
import java.util.List;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The session_decision table: the answers and comments of an agreement step. */
@Component
class Decisions {

    private final JdbcClient jdbc;
    private final Clock clock;

    Decisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Decision> of(String sessionId, String stepId) {
        return jdbc.sql("SELECT proposal_id, role, outcome, text, seen_text, by_id, by_name, decided_at FROM session_decision "
                        + "WHERE session_id = :s AND step_id = :step ORDER BY decided_at, role, by_id")
                .param("s", sessionId).param("step", stepId)
                .query((row, n) -> new Decision(row.getString("proposal_id"), row.getString("role"),
                        row.getString("outcome"), row.getString("text"), row.getString("seen_text"),
                        row.getString("by_id"), row.getString("by_name"), row.getLong("decided_at")))
                .list();
    }

    /** A role's answer replaces the role's earlier one, whoever in the role gave it. */
    void answer(String sessionId, String stepId, String proposalId, String role, String outcome, String text,
                String seenText, UserRef by) {
        jdbc.sql("DELETE FROM session_decision WHERE session_id = :s AND step_id = :step AND proposal_id = :p AND role = :r")
                .param("s", sessionId).param("step", stepId).param("p", proposalId).param("r", role).update();
        insert(sessionId, stepId, proposalId, role, outcome, text, seenText, by);
    }

    /** One comment per person and proposal: commenting again replaces it. */
    void comment(String sessionId, String stepId, String proposalId, String text, String seenText, UserRef by) {
        jdbc.sql("DELETE FROM session_decision WHERE session_id = :s AND step_id = :step AND proposal_id = :p "
                        + "AND role = :r AND by_id = :by")
                .param("s", sessionId).param("step", stepId).param("p", proposalId).param("r", Decision.COMMENT)
                .param("by", by.id()).update();
        insert(sessionId, stepId, proposalId, Decision.COMMENT, Decision.COMMENT, text, seenText, by);
    }

    private void insert(String sessionId, String stepId, String proposalId, String role, String outcome, String text,
                        String seenText, UserRef by) {
        jdbc.sql("INSERT INTO session_decision (session_id, step_id, proposal_id, role, outcome, text, seen_text, by_id, "
                        + "by_name, decided_at) VALUES (:s, :step, :p, :r, :o, :t, :seen, :by, :name, :at)")
                .param("s", sessionId).param("step", stepId).param("p", proposalId).param("r", role).param("o", outcome)
                .param("t", text).param("seen", seenText).param("by", by.id()).param("name", by.name())
                .param("at", clock.millis()).update();
    }
}
