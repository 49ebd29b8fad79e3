package dk.kernebot.meeting;

import java.time.Clock;
import java.util.Optional;

import dk.kernebot.chat.MeetingEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meeting events handled so far, and each conversation's meeting setting. */
@Component
class MeetingLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the event; false when it was recorded before (Teams sent it twice). */
    boolean firstTime(String conversationId, MeetingEvent event) {
        long at = event.at() == null ? 0 : event.at().toEpochMilli();
        return jdbc.sql("INSERT INTO meeting_event (meeting_id, kind, occurred_at, conversation_id, received_at) "
                        + "VALUES (:m, :k, :at, :c, :now) ON CONFLICT (meeting_id, kind, occurred_at) DO NOTHING")
                .param("m", event.meetingId()).param("k", event.kind().name()).param("at", at)
                .param("c", conversationId).param("now", clock.millis()).update() == 1;
    }

    /** When the conversation's previous meeting started, before the one starting now. */
    Optional<Long> previousStart(String conversationId, long before) {
        return jdbc.sql("SELECT max(occurred_at) FROM meeting_event WHERE conversation_id = :c AND kind = 'START' "
                        + "AND occurred_at < :before")
                .param("c", conversationId).param("before", before).query(Long.class).optional();
    }

    boolean startNotices(String conversationId) {
        return jdbc.sql("SELECT start_notices FROM meeting_setting WHERE conversation_id = :c")
                .param("c", conversationId).query(Boolean.class).optional().orElse(true);
    }

    void setStartNotices(String conversationId, boolean on, String byName) {
        jdbc.sql("""
                INSERT INTO meeting_setting (conversation_id, start_notices, set_by_name, set_at) VALUES (:c, :on, :by, :at)
                ON CONFLICT (conversation_id) DO UPDATE SET start_notices = excluded.start_notices,
                    set_by_name = excluded.set_by_name, set_at = excluded.set_at
                """)
                .param("c", conversationId).param("on", on).param("by", byName).param("at", clock.millis()).update();
    }
}
