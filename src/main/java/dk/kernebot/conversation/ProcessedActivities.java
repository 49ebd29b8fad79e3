package dk.kernebot.conversation;

import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers which activities were handled. An activity is recorded after it was handled, so one that was cut
 * short (the process died) is handled again when Teams redelivers it; one that was handled is not.
 */
@Component
public class ProcessedActivities {

    /** Teams redelivers within minutes; a day of memory is plenty. */
    static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    public ProcessedActivities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean alreadyHandled(String activityId, String conversationId) {
        return activityId != null && jdbc.sql("SELECT count(*) FROM processed_activity WHERE activity_id = :a AND conversation_id = :c")
                .param("a", activityId).param("c", conversationId).query(Integer.class).single() > 0;
    }

    public void handled(String activityId, String conversationId) {
        if (activityId == null) {
            return;
        }
        jdbc.sql("INSERT INTO processed_activity (activity_id, conversation_id, processed_at) VALUES (:a, :c, :now) "
                        + "ON CONFLICT (activity_id, conversation_id) DO NOTHING")
                .param("a", activityId).param("c", conversationId).param("now", clock.millis()).update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOld() {
        jdbc.sql("DELETE FROM processed_activity WHERE processed_at < :before")
                .param("before", clock.millis() - KEEP.toMillis()).update();
    }
}
