package dk.kernebot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way features reach people later. Enqueueing writes a row and nothing else, so it can be part of the
 * feature's own transaction; the Teams adapter's sender delivers rows (claiming them, so a row goes out once even
 * with several senders) and records the outcome here.
 */
@Component
public class Outbox {

    /**
     * A claim that outlives this is taken to be from a sender that died; the row is tried again. The sender
     * renews its claim right before each send ({@link #holdClaim}), so it must only outlast one send (the Bot
     * Connector client's timeouts), not a whole batch. {@code kernebot.outbox.claim-seconds} overrides it.
     */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 8;
    /** Starts the error of a message whose person the sender could not find in Teams (yet). */
    public static final String UNREACHABLE = "unreachable:";

    private static final String COLUMNS = """
            id, dedupe_key, target_kind, conversation_id, user_id, user_aad_id, user_name, via_conversation,
            reply_to_id, text, card_json, mention_user_id, mention_name, status, attempts, next_attempt_at,
            sent_activity_id, sent_conversation, claim_token""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration claim;
    private final boolean skipLocked;

    public Outbox(JdbcClient jdbc, Clock clock,
                  @Value("${kernebot.outbox.claim-seconds:120}") long claimSeconds,
                  @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.claim = claimSeconds > 0 ? Duration.ofSeconds(claimSeconds) : CLAIM;
        this.skipLocked = databaseUrl.startsWith("jdbc:postgresql:");
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
                        + "AND substr(last_error, 1, length(:marker)) = :marker")
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

    /**
     * Claims up to {@code limit} due rows for one sender; a claimed row is invisible to other senders. One
     * statement picks and marks the rows under a fresh claim token: on PostgreSQL the pick is
     * {@code FOR UPDATE SKIP LOCKED}, so concurrent instances take different rows instead of queueing on the same
     * ones (the outer condition re-checks each row, so a row another instance claimed meanwhile is never taken
     * twice); SQLite has one writer, so its statement is atomic anyway.
     */
    public List<OutboxRow> claimDue(int limit) {
        long now = clock.millis();
        String token = UUID.randomUUID().toString();
        String due = "((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now))";
        int claimed = jdbc.sql("UPDATE outbox SET status = 'SENDING', claim_token = :token, claimed_until = :until, "
                        + "attempts = attempts + 1 WHERE id IN (SELECT id FROM outbox WHERE " + due
                        + " ORDER BY next_attempt_at, created_at LIMIT :limit" + (skipLocked ? " FOR UPDATE SKIP LOCKED" : "")
                        + ") AND " + due)
                .param("token", token)
                .param("until", now + claim.toMillis())
                .param("now", now)
                .param("limit", limit)
                .update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox WHERE claim_token = :token AND status = 'SENDING' "
                        + "ORDER BY next_attempt_at, created_at")
                .param("token", token)
                .query(OutboxRow.class)
                .list();
    }

    /**
     * Right before a send: true (and the claim runs for another {@link #CLAIM} from now) if the row is still this
     * sender's; false if it is not, because its claim ran out while it waited behind slow sends in the batch and
     * another sender took it over, or it was sent meanwhile. Then the row must not be sent from here.
     */
    public boolean holdClaim(OutboxRow row) {
        return jdbc.sql("UPDATE outbox SET claimed_until = :until WHERE id = :id AND status = 'SENDING' "
                        + "AND claim_token = :token")
                .param("until", clock.millis() + claim.toMillis())
                .param("id", row.id())
                .param("token", row.claimToken())
                .update() == 1;
    }

    /**
     * Teams has the message. Recorded even if the claim was lost meanwhile (the message did go out, and marking it
     * stops the sender that took it over, which checks its claim first); false in that case, for the log.
     */
    public boolean markSent(OutboxRow row, String conversationId, String activityId) {
        String set = "UPDATE outbox SET status = 'SENT', sent_at = :now, sent_activity_id = :activity, "
                + "sent_conversation = :conversation, claimed_until = NULL, claim_token = NULL, last_error = NULL ";
        boolean mine = jdbc.sql(set + "WHERE id = :id AND claim_token = :token")
                .param("now", clock.millis())
                .param("activity", activityId)
                .param("conversation", conversationId)
                .param("id", row.id())
                .param("token", row.claimToken())
                .update() == 1;
        if (!mine) {
            jdbc.sql(set + "WHERE id = :id AND status <> 'SENT'")
                    .param("now", clock.millis())
                    .param("activity", activityId)
                    .param("conversation", conversationId)
                    .param("id", row.id())
                    .update();
        }
        return mine;
    }

    /** Tries again later, or gives up for good after {@link #MAX_ATTEMPTS}. */
    public void markRetry(OutboxRow row, Duration wait, String error) {
        if (row.attempts() >= MAX_ATTEMPTS) {
            markFailed(row, error);
            return;
        }
        jdbc.sql("UPDATE outbox SET status = 'PENDING', next_attempt_at = :next, claimed_until = NULL, "
                        + "claim_token = NULL, last_error = :error WHERE id = :id AND claim_token = :token")
                .param("next", clock.millis() + wait.toMillis())
                .param("error", shorten(error))
                .param("id", row.id())
                .param("token", row.claimToken())
                .update();
    }

    /** Not a failure: the row waits (for a rate limit) without using up an attempt. */
    public void postpone(OutboxRow row, Duration wait) {
        jdbc.sql("UPDATE outbox SET status = 'PENDING', next_attempt_at = :next, claimed_until = NULL, "
                        + "claim_token = NULL, attempts = attempts - 1 WHERE id = :id AND claim_token = :token")
                .param("next", clock.millis() + wait.toMillis())
                .param("id", row.id())
                .param("token", row.claimToken())
                .update();
    }

    /** A personal chat opened on an earlier attempt is kept, so a retry does not open another. */
    public void rememberPersonalConversation(String id, String conversationId) {
        jdbc.sql("UPDATE outbox SET sent_conversation = :c WHERE id = :id").param("c", conversationId).param("id", id).update();
    }

    /** Gives up for good; only while the claim is still this sender's. */
    /** The row's person could not be found in Teams yet; {@link #reviveUnreachable} sends it when they write. */
    public void markUnreachable(OutboxRow row, String detail) {
        markFailed(row, UNREACHABLE + " " + detail);
    }

    public void markFailed(OutboxRow row, String error) {
        jdbc.sql("UPDATE outbox SET status = 'FAILED', claimed_until = NULL, claim_token = NULL, last_error = :error "
                        + "WHERE id = :id AND claim_token = :token")
                .param("error", shorten(error))
                .param("id", row.id())
                .param("token", row.claimToken())
                .update();
    }

    private static String shorten(String error) {
        return error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
