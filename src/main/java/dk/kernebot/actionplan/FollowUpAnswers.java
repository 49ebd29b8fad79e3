package dk.kernebot.actionplan;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The followup_answer table: one answer per reminder, whichever of its copies was clicked first. */
@Component
class FollowUpAnswers {

    /** @param answer ON_TRACK, DELAYED, DONE or HELP */
    record Answer(String reminderKey, String actionId, String answer, String byName, String comment, long at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpAnswers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return false when the reminder had been answered already (by this click's twin, or another person) */
    boolean record(String reminderKey, String actionId, String answer, String byName, String comment) {
        return jdbc.sql("INSERT INTO followup_answer (reminder_key, action_id, answer, by_name, comment, at) "
                        + "VALUES (:k, :a, :answer, :by, :comment, :at) ON CONFLICT (reminder_key) DO NOTHING")
                .param("k", reminderKey).param("a", actionId).param("answer", answer).param("by", byName)
                .param("comment", comment == null || comment.isBlank() ? null : comment)
                .param("at", clock.millis())
                .update() == 1;
    }

    Optional<Answer> find(String reminderKey) {
        return jdbc.sql("SELECT reminder_key, action_id, answer, by_name, comment, at FROM followup_answer "
                        + "WHERE reminder_key = :k")
                .param("k", reminderKey).query(Answer.class).optional();
    }
}
