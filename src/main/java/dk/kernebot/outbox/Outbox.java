package dk.kernebot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way features reach people later. Enqueueing writes a row and nothing else, so it can be part of the
 * feature's own transaction; the Teams adapter's sender delivers rows (claiming them, so a row goes out once even
 * with several senders) and records the outcome here.
 */
@Component
public class Outbox {

    /** A claim that outlives this is taken to be from a sender that died; the row is tried again. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 8;

    private static final String COLUMNS = """
            id, dedupe_key, target_kind, conversation_id, user_id, user_aad_id, user_name, via_conversation,
            reply_to_id, text, card_json, mention_user_id, mention_name, status, attempts, next_attempt_at,
            sent_activity_id, sent_conversation""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return true if queued now, false if a message with this dedupe key was queued before */
    public boolean enqueue(OutboundMessage message) {
        return enqueueAt(message, clock.millis());
    }

    public boolean enqueueAt(OutboundMessage message, long notBefore) {
        String kind;
        String conversation = null;
        String replyTo = null;
        String userId = null;
        String aad = null;
        String name = null;
        String via = null;
        if (message.target() instanceof OutboundMessage.Conversation c) {
            kind = OutboxRow.CONVERSATION;
            conversation = c.conversationId();
            replyTo = c.replyToId();
        } else {
            OutboundMessage.Person p = (OutboundMessage.Person) message.target();
            kind = OutboxRow.PERSON;
            userId = p.userId();
            aad = p.aadObjectId();
            name = p.name();
            via = p.viaConversationId();
        }
        long now = clock.millis();
        return jdbc.sql("""
                INSERT INTO outbox (id, dedupe_key, target_kind, conversation_id, user_id, user_aad_id, user_name,
                                    via_conversation, reply_to_id, text, card_json, mention_user_id, mention_name,
                                    status, attempts, next_attempt_at, created_at)
                VALUES (:id, :key, :kind, :conversation, :userId, :aad, :name, :via, :replyTo, :text, :card,
                        :mentionId, :mentionName, 'PENDING', 0, :notBefore, :now)
                ON CONFLICT (dedupe_key) DO NOTHING
                """)
                .param("id", UUID.randomUUID().toString())
                .param("key", message.dedupeKey())
                .param("kind", kind)
                .param("conversation", conversation)
                .param("userId", userId)
                .param("aad", aad)
                .param("name", name)
                .param("via", via)
                .param("replyTo", replyTo)
                .param("text", message.text())
                .param("card", message.cardJson())
                .param("mentionId", message.mention() == null ? null : message.mention().userId())
                .param("mentionName", message.mention() == null ? null : message.mention().name())
                .param("notBefore", notBefore)
                .param("now", now)
                .update() == 1;
    }

    public Optional<OutboxStatus> status(String dedupeKey) {
        return jdbc.sql("SELECT status FROM outbox WHERE dedupe_key = :k").param("k", dedupeKey)
                .query(OutboxStatus.class).optional();
    }

    /** True if any message whose dedupe key starts with this prefix failed for good. */
    public boolean anyFailed(String dedupePrefix) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE substr(dedupe_key, 1, length(:p)) = :p AND status = 'FAILED'")
                .param("p", dedupePrefix)
                .query(Integer.class).single() > 0;
    }

    /**
     * Withdraws every message with this dedupe-key prefix that no sender has claimed yet (a reminder about a state
     * that no longer holds). The rows are removed rather than marked, so the same key may be queued again should
     * the state return; rows being sent or already sent stay as they are.
     *
     * @return how many were withdrawn
     */
    public int cancelPending(String dedupePrefix) {
        return jdbc.sql("DELETE FROM outbox WHERE substr(dedupe_key, 1, length(:p)) = :p AND status = 'PENDING'")
                .param("p", dedupePrefix)
                .update();
    }

    /** Claims up to {@code limit} due rows for one sender; a claimed row is invisible to other senders. */
    public List<OutboxRow> claimDue(int limit) {
        long now = clock.millis();
        List<String> ids = jdbc.sql("""
                SELECT id FROM outbox
                WHERE (status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now)
                ORDER BY next_attempt_at, created_at LIMIT :limit
                """)
                .param("now", now)
                .param("limit", limit)
                .query(String.class)
                .list();
        return ids.stream()
                .filter(id -> jdbc.sql("""
                        UPDATE outbox SET status = 'SENDING', claimed_until = :until, attempts = attempts + 1
                        WHERE id = :id AND ((status = 'PENDING' AND next_attempt_at <= :now)
                                            OR (status = 'SENDING' AND claimed_until < :now))
                        """)
                        .param("until", now + CLAIM.toMillis())
                        .param("id", id)
                        .param("now", now)
                        .update() == 1)
                .map(id -> jdbc.sql("SELECT " + COLUMNS + " FROM outbox WHERE id = :id").param("id", id)
                        .query(OutboxRow.class).single())
                .toList();
    }

    public void markSent(String id, String conversationId, String activityId) {
        jdbc.sql("UPDATE outbox SET status = 'SENT', sent_at = :now, sent_activity_id = :activity, "
                        + "sent_conversation = :conversation, claimed_until = NULL, last_error = NULL WHERE id = :id")
                .param("now", clock.millis())
                .param("activity", activityId)
                .param("conversation", conversationId)
                .param("id", id)
                .update();
    }

    /** Tries again later, or gives up for good after {@link #MAX_ATTEMPTS}. */
    public void markRetry(OutboxRow row, Duration wait, String error) {
        if (row.attempts() >= MAX_ATTEMPTS) {
            markFailed(row.id(), error);
            return;
        }
        jdbc.sql("UPDATE outbox SET status = 'PENDING', next_attempt_at = :next, claimed_until = NULL, "
                        + "last_error = :error WHERE id = :id")
                .param("next", clock.millis() + wait.toMillis())
                .param("error", shorten(error))
                .param("id", row.id())
                .update();
    }

    /** Not a failure: the row waits (for a rate limit) without using up an attempt. */
    public void postpone(OutboxRow row, Duration wait) {
        jdbc.sql("UPDATE outbox SET status = 'PENDING', next_attempt_at = :next, claimed_until = NULL, "
                        + "attempts = attempts - 1 WHERE id = :id")
                .param("next", clock.millis() + wait.toMillis())
                .param("id", row.id())
                .update();
    }

    /** A personal chat opened on an earlier attempt is kept, so a retry does not open another. */
    public void rememberPersonalConversation(String id, String conversationId) {
        jdbc.sql("UPDATE outbox SET sent_conversation = :c WHERE id = :id").param("c", conversationId).param("id", id).update();
    }

    public void markFailed(String id, String error) {
        jdbc.sql("UPDATE outbox SET status = 'FAILED', claimed_until = NULL, last_error = :error WHERE id = :id")
                .param("error", shorten(error))
                .param("id", id)
                .update();
    }

    private static String shorten(String error) {
        return error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
