package dk.kernebot.outbox;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender's side of the outbox table: claiming due rows under a claim token, holding a claim right before a
 * send, and writing what became of each row, so a row goes out from one sender only, even with several instances.
 */
@Component
public class OutboxClaims {

    private static final Logger log = LoggerFactory.getLogger(OutboxClaims.class);

    /**
     * A claim that outlives this is taken to be from a sender that died; the row is tried again. The sender
     * renews its claim right before each send ({@link #holdClaim}), so it must only outlast one send (the Bot
     * Connector client's timeouts), not a whole batch. {@code kernebot.outbox.claim-seconds} overrides it.
     */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 8;

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

    OutboxClaims(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, DataSource dataSource,
                 @Value("${kernebot.outbox.claim-seconds:120}") long claimSeconds) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.claim = claimSeconds > 0 ? Duration.ofSeconds(claimSeconds) : CLAIM;
        this.skipLocked = driver(dataSource) == DatabaseDriver.POSTGRESQL;
        this.transaction = new TransactionTemplate(transactions);
        RowMapper<OutboxRow> rows = new SimplePropertyRowMapper<>(OutboxRow.class);
        this.claimed = (rs, n) -> new Claimed(rows.mapRow(rs, n), rs.getLong("created_at"), rs.getLong("queue_seq"));
    }

    /** The database the pool really connects to, as its driver reports it (a URL may be wrapped or proxied). */
    private static DatabaseDriver driver(DataSource dataSource) {
        try {
            return DatabaseDriver.fromProductName(
                    JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the outbox is in", e);
        }
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
    boolean holdClaim(OutboxRow row) {
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

    private void postponeUntil(OutboxRow row, long notBefore) {
        jdbc.sql("UPDATE outbox SET status = 'PENDING', next_attempt_at = :next, claimed_until = NULL, "
                        + "claim_token = NULL, attempts = attempts - 1 WHERE id = :id AND claim_token = :token")
                .param("next", notBefore)
                .param("id", row.id())
                .param("token", row.claimToken())
                .update();
    }

    /** A personal chat opened on an earlier attempt is kept, so a retry does not open another. */
    void rememberPersonalConversation(String id, String conversationId) {
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
    List<Outcome.Sent> record(List<? extends Outcome> outcomes) {
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
