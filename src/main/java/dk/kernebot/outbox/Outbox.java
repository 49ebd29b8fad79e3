package dk.kernebot.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.kernebot.chat.FormerParticipant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way features reach people later. Enqueueing writes a row and nothing else, so it can be part of the
 * feature's own transaction; {@link OutboxDispatcher} delivers the rows (claiming them through {@link OutboxClaims},
 * so a row goes out once even with several senders).
 */
@Component
public class Outbox {

    /** Starts the error of a message whose person the sender could not find in Teams (yet). */
    public static final String UNREACHABLE = "unreachable:";

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
            if (FormerParticipant.is(p.userId())) {
                // An erased person: there is nobody to reach, and nothing about them may be stored again.
                return false;
            }
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
                                    status, attempts, next_attempt_at, created_at, queue_seq)
                VALUES (:id, :key, :kind, :conversation, :userId, :aad, :name, :via, :replyTo, :text, :card,
                        :mentionId, :mentionName, 'PENDING', 0, :notBefore, :now,
                        (SELECT COALESCE(MAX(queue_seq), 0) + 1 FROM outbox))
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

    /**
     * Why messages with this dedupe-key prefix failed for good: {@link #UNREACHABLE} when every failure was a
     * person the bot could not find yet (they will get it once they write to the bot), else {@code "failed"}.
     */
    public Optional<String> failure(String dedupePrefix) {
        List<String> errors = jdbc.sql("SELECT last_error FROM outbox "
                        + "WHERE substr(dedupe_key, 1, length(:p)) = :p AND status = 'FAILED'")
                .param("p", dedupePrefix)
                .query((row, n) -> String.valueOf(row.getString("last_error")))
                .list();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(errors.stream().allMatch(e -> e.startsWith(UNREACHABLE)) ? UNREACHABLE : "failed");
    }

    /**
     * The person has written to the bot, so messages that failed because they could not be found go out now.
     *
     * @return how many were queued again
     */
    public int reviveUnreachable(String aadObjectId) {
        if (aadObjectId == null || aadObjectId.isBlank()) {
            return 0;
        }
        return jdbc.sql("UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = NULL "
                        + "WHERE status = 'FAILED' AND lower(user_aad_id) = lower(:aad) "
                        + "AND substr(last_error, 1, length(:marker)) = :marker "
                        // past its retention period a failed message has no content left to send
                        + "AND (text IS NOT NULL OR card_json IS NOT NULL)")
                .param("now", clock.millis())
                .param("aad", aadObjectId)
                .param("marker", UNREACHABLE)
                .update();
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
}
