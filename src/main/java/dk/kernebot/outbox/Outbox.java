package dk.kernebot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.kernebot.chat.FormerParticipant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way features reach people later. Enqueueing writes a row and nothing else, so it can be part of the
 * feature's own transaction; the Teams adapter's sender delivers rows (claiming them, so a row goes out once even
 * with several senders) and records the outcome here.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

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

    /** Rows due at the same moment go in the order they were queued (see V13__outbox_queue_order.sql). */
    private static final String DUE_ORDER_SQL = "next_attempt_at, created_at, COALESCE(queue_seq, 0)";

    /** A claimed row with what orders it among rows due at the same moment. */
    private record Claimed(OutboxRow row, long createdAt, long queueSeq) {
    }

    private static final Comparator<Claimed> DUE_ORDER = Comparator.comparingLong((Claimed c) -> c.row().nextAttemptAt())
            .thenComparingLong(Claimed::createdAt).thenComparingLong(Claimed::queueSeq);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration claim;
    private final boolean skipLocked;
    private final TransactionTemplate transaction;
    private final RowMapper<Claimed> claimed;

    public Outbox(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
                  @Value("${kernebot.outbox.claim-seconds:120}") long claimSeconds,
                  @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.claim = claimSeconds > 0 ? Duration.ofSeconds(claimSeconds) : CLAIM;
        this.skipLocked = databaseUrl.startsWith("jdbc:postgresql:");
        this.transaction = new TransactionTemplate(transactions);
        RowMapper<OutboxRow> rows = new SimplePropertyRowMapper<>(OutboxRow.class);
        this.claimed = (rs, n) -> new Claimed(rows.mapRow(rs, n), rs.getLong("created_at"), rs.getLong("queue_seq"));
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

    /**
     * Claims up to {@code limit} due rows for one sender, in due order; a claimed row is invisible to other
     * senders. One statement picks and marks the rows under a fresh claim token and returns them ({@code UPDATE ...
     * RETURNING}, SQLite 3.35+ and PostgreSQL): on PostgreSQL the pick is {@code FOR UPDATE SKIP LOCKED}, so
     * concurrent instances take different rows instead of queueing on the same ones (the outer condition re-checks
     * each row, so a row another instance claimed meanwhile is never taken twice); SQLite has one writer, so its
     * statement is atomic anyway. The pick is a materialised CTE because PostgreSQL may run a {@code LIMIT} subquery
     * inside {@code IN (...)} more than once in one UPDATE and then claim more rows than the limit (seen: 503 of 500).
     * RETURNING gives the rows in no particular order, hence the sort (the same order as the pick, so a
     * conversation's rows are claimed and sent in the order they were queued).
     */
    public List<OutboxRow> claimDue(int limit) {
        long now = clock.millis();
        String due = "((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now))";
        List<Claimed> rows = jdbc.sql("WITH picked AS MATERIALIZED (SELECT id FROM outbox WHERE " + due
                        + " ORDER BY " + DUE_ORDER_SQL + " LIMIT :limit" + (skipLocked ? " FOR UPDATE SKIP LOCKED" : "")
                        + ") UPDATE outbox SET status = 'SENDING', claim_token = :token, claimed_until = :until, "
                        + "attempts = attempts + 1 WHERE id IN (SELECT id FROM picked) AND " + due
                        + " RETURNING " + COLUMNS + ", created_at, queue_seq")
                .param("token", UUID.randomUUID().toString())
                .param("until", now + claim.toMillis())
                .param("now", now)
                .param("limit", limit)
                .query(claimed)
                .list();
        return rows.stream().sorted(DUE_ORDER).map(Claimed::row).toList();
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
    boolean markSent(OutboxRow row, String conversationId, String activityId) {
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

    /** Tries again from {@code notBefore}, or gives up for good after {@link #MAX_ATTEMPTS}. */
    void markRetry(OutboxRow row, long notBefore, String error) {
        if (row.attempts() >= MAX_ATTEMPTS) {
            markFailed(row, error);
            return;
        }
        jdbc.sql("UPDATE outbox SET status = 'PENDING', next_attempt_at = :next, claimed_until = NULL, "
                        + "claim_token = NULL, last_error = :error WHERE id = :id AND claim_token = :token")
                .param("next", notBefore)
                .param("error", shorten(error))
                .param("id", row.id())
                .param("token", row.claimToken())
                .update();
    }

    /** Not a failure: the row waits (for a rate limit) without using up an attempt. */
    public void postpone(OutboxRow row, Duration wait) {
        postponeUntil(row, clock.millis() + wait.toMillis());
    }

    private void postponeUntil(OutboxRow row, long notBefore) {
        jdbc.sql("UPDATE outbox SET status = 'PENDING', next_attempt_at = :next, claimed_until = NULL, "
                        + "claim_token = NULL, attempts = attempts - 1 WHERE id = :id AND claim_token = :token")
                .param("next", notBefore)
                .param("id", row.id())
                .param("token", row.claimToken())
                .update();
    }

    /** A personal chat opened on an earlier attempt is kept, so a retry does not open another. */
    public void rememberPersonalConversation(String id, String conversationId) {
        jdbc.sql("UPDATE outbox SET sent_conversation = :c WHERE id = :id").param("c", conversationId).param("id", id).update();
    }

    /** Gives up for good; only while the claim is still this sender's. */
    void markFailed(OutboxRow row, String error) {
        jdbc.sql("UPDATE outbox SET status = 'FAILED', claimed_until = NULL, claim_token = NULL, last_error = :error "
                        + "WHERE id = :id AND claim_token = :token")
                .param("error", shorten(error))
                .param("id", row.id())
                .param("token", row.claimToken())
                .update();
    }

    /**
     * Writes what became of claimed rows, all in one transaction: one commit for many rows is what lets SQLite's
     * single writer keep up with several sender threads. Rows are written in id order, so two instances recording
     * at once on PostgreSQL lock shared rows (one taken over from the other) in the same order and cannot deadlock.
     * Should the transaction fail, each outcome is written on its own, so one bad row does not cost the others; an
     * outcome that cannot be written at all is logged and its row keeps its claim until it runs out. Never throws:
     * the sender is still waiting for other rows' outcomes and must go on recording them.
     *
     * @return the rows that were sent after their claim had run out (recorded as sent all the same, for the log)
     */
    public List<Outcome.Sent> record(List<? extends Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        List<Outcome> ordered = outcomes.stream().sorted(Comparator.comparing((Outcome o) -> o.row().id()))
                .map(Outcome.class::cast).toList();
        if (ordered.size() == 1) {
            return applyEach(ordered); // one statement commits by itself; a transaction around it only costs
        }
        try {
            return transaction.execute(status -> {
                List<Outcome.Sent> late = new ArrayList<>();
                ordered.forEach(outcome -> apply(outcome, late));
                return late;
            });
        } catch (RuntimeException e) {
            log.warn("Recording {} outbox outcomes together failed; recording them one by one", ordered.size(), e);
            return applyEach(ordered);
        }
    }

    private List<Outcome.Sent> applyEach(List<Outcome> outcomes) {
        List<Outcome.Sent> late = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            try {
                apply(outcome, late);
            } catch (RuntimeException e) {
                // The row stays SENDING; its claim runs out and it is tried again (at least once, never lost).
                log.error("Could not record the outcome of outbox message {}", outcome.row().dedupeKey(), e);
            }
        }
        return late;
    }

    private void apply(Outcome outcome, List<Outcome.Sent> late) {
        if (outcome instanceof Outcome.Sent sent) {
            if (!markSent(sent.row(), sent.conversationId(), sent.activityId())) {
                late.add(sent);
            }
        } else if (outcome instanceof Outcome.Retry retry) {
            markRetry(retry.row(), retry.notBefore(), retry.error());
        } else if (outcome instanceof Outcome.Postponed postponed) {
            postponeUntil(postponed.row(), postponed.notBefore());
        } else if (outcome instanceof Outcome.Failed failed) {
            markFailed(failed.row(), failed.error());
        }
    }

    private static String shorten(String error) {
        return error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
