package dk.kernebot.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.kernebot.chat.ChatContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot was removed from a chat or team, or added again. A removal marks the conversation (for a team: every
 * channel of it the bot knows) for deletion after the grace period; adding the bot again before then takes the mark
 * away and nothing is lost. The daily retention job deletes what is due.
 */
@Component
public class ConversationRemovals {

    private static final Logger log = LoggerFactory.getLogger(ConversationRemovals.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PrivacySettings settings;

    ConversationRemovals(JdbcClient jdbc, Clock clock, PrivacySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional
    public void botRemoved(ChatContext context) {
        long now = clock.millis();
        long deleteAfter = clock.instant().atZone(clock.getZone()).plus(settings.removalGrace()).toInstant().toEpochMilli();
        List<String> conversations = scope(context);
        for (String conversationId : conversations) {
            jdbc.sql("""
                    INSERT INTO conversation_removal (conversation_id, team_id, removed_at, delete_after)
                    VALUES (:c, :team, :now, :after) ON CONFLICT (conversation_id) DO NOTHING""")
                    .param("c", conversationId).param("team", context.teamId()).param("now", now)
                    .param("after", deleteAfter).update();
        }
        // Added again later, it greets again: the chat may have new people who have not heard what it stores.
        jdbc.sql("UPDATE conversation SET welcomed_at = NULL WHERE id IN (:ids)").param("ids", conversations).update();
        log.info("The bot was removed from {} conversation(s); their data is deleted after {} unless it is added again",
                conversations.size(), settings.removalGrace());
    }

    /** @return how many conversations were marked for deletion and are not any more */
    @Transactional
    public int botAdded(ChatContext context) {
        int kept = context.teamId() == null
                ? jdbc.sql("DELETE FROM conversation_removal WHERE conversation_id = :c")
                        .param("c", context.conversationId()).update()
                : jdbc.sql("DELETE FROM conversation_removal WHERE conversation_id = :c OR team_id = :team")
                        .param("c", context.conversationId()).param("team", context.teamId()).update();
        if (kept > 0) {
            log.info("The bot was added again within the grace period: {} conversation(s) keep their data", kept);
        }
        return kept;
    }

    /** A conversation waiting for deletion, for the administrators' list. */
    public record Pending(String conversationId, String teamId, Instant removedAt, Instant deleteAfter) {
    }

    List<Pending> pending() {
        return jdbc.sql("SELECT conversation_id, team_id, removed_at, delete_after FROM conversation_removal "
                        + "ORDER BY delete_after, conversation_id")
                .query((row, n) -> new Pending(row.getString(1), row.getString(2),
                        Instant.ofEpochMilli(row.getLong(3)), Instant.ofEpochMilli(row.getLong(4))))
                .list();
    }

    /** Conversations whose grace period has run out. */
    List<String> due() {
        return jdbc.sql("SELECT conversation_id FROM conversation_removal WHERE delete_after <= :now ORDER BY delete_after")
                .param("now", clock.millis()).query(String.class).list();
    }

    /** The conversation, and for a team every channel of it the bot knows. */
    private List<String> scope(ChatContext context) {
        if (context.teamId() == null) {
            return List.of(context.conversationId());
        }
        List<String> channels = new ArrayList<>(jdbc.sql("SELECT id FROM conversation WHERE team_id = :t")
                .param("t", context.teamId()).query(String.class).list());
        if (!channels.contains(context.conversationId())) {
            channels.add(context.conversationId());
        }
        return channels;
    }
}
