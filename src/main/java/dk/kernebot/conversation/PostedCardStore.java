package dk.kernebot.conversation;

import java.time.Clock;
import java.util.Optional;

import dk.kernebot.chat.PostedCards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The posted_card table: one upsert per tagged card posted, one lookup per update. */
@Component
class PostedCardStore implements PostedCards {

    private final JdbcClient jdbc;
    private final Clock clock;

    PostedCardStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void remember(String conversationId, String tag, String activityId) {
        jdbc.sql("""
                INSERT INTO posted_card (conversation_id, tag, activity_id, posted_at) VALUES (:c, :tag, :activity, :now)
                ON CONFLICT (conversation_id, tag) DO UPDATE SET activity_id = excluded.activity_id,
                    posted_at = excluded.posted_at
                """)
                .param("c", conversationId).param("tag", tag).param("activity", activityId).param("now", clock.millis())
                .update();
    }

    @Override
    public Optional<String> activityOf(String conversationId, String tag) {
        return jdbc.sql("SELECT activity_id FROM posted_card WHERE conversation_id = :c AND tag = :tag")
                .param("c", conversationId).param("tag", tag).query(String.class).optional();
    }
}
