package dk.kernebot.session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Questions raised during sessions. */
@Component
class SessionQuestionStore {

    private static final String COLUMNS = """
            id, session_id, step_id, text, asked_by_id, asked_by_name, card_id, status, question_id, note, created_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionQuestionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    SessionQuestion offer(String sessionId, String stepId, UserRef asker, String text, String cardId) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO session_question (" + COLUMNS + ") VALUES (:id, :s, :step, :t, :a, :an, :card, "
                        + "'OFFERED', NULL, NULL, :now)")
                .param("id", id).param("s", sessionId).param("step", stepId).param("t", text)
                .param("a", asker.id()).param("an", asker.name()).param("card", cardId).param("now", clock.millis())
                .update();
        return find(id).orElseThrow();
    }

    Optional<SessionQuestion> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session_question WHERE id = :id").param("id", id)
                .query(SessionQuestion.class).optional();
    }

    List<SessionQuestion> of(String sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session_question WHERE session_id = :s ORDER BY created_at, id")
                .param("s", sessionId).query(SessionQuestion.class).list();
    }

    /** Settles or escalates an offered question; false when someone already did (a second click). */
    boolean close(String id, String status, String questionId, String note) {
        return jdbc.sql("UPDATE session_question SET status = :status, question_id = :q, note = :note "
                        + "WHERE id = :id AND status = 'OFFERED'")
                .param("status", status).param("q", questionId).param("note", note).param("id", id).update() == 1;
    }
}
