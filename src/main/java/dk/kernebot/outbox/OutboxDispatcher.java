package dk.kernebot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.kernebot.logs.LogFields;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox through the {@link MessageTransport}: claims due rows, sends within Teams' per-conversation
 * rate limits, and has failures sorted into retries and failures for good ({@link FailureSorting}).
 *
 * <p>A claimed batch is split into one lane per conversation ({@link ConversationLanes}); the lanes go out side by
 * side on the {@link SenderPool}, each lane's rows one after the other, so a conversation sees its messages in
 * order and one at a time while other conversations proceed. When a row of a conversation has to wait (its rate
 * limit, a 429, a 5xx), the rest of that conversation waits just behind it, in order, for the rest of this
 * dispatch. Sender threads only check their claim and send; the dispatching thread records what happened, many
 * rows per transaction.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** Large enough to hold many conversations, so the lanes of one batch keep every sender busy. */
    private static final int BATCH = 500;

    private final OutboxClaims claims;
    private final MessageTransport transport;
    private final ConversationRateLimiter limiter;
    private final SenderPool pool;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final FailureSorting failures;

    OutboxDispatcher(OutboxClaims claims, MessageTransport transport, ConversationRateLimiter limiter, SenderPool pool,
                     Clock clock, MeterRegistry metrics) {
        this.claims = claims;
        this.transport = transport;
        this.limiter = limiter;
        this.pool = pool;
        this.clock = clock;
        this.metrics = metrics;
        this.failures = new FailureSorting(clock, metrics);
    }

    @Scheduled(fixedDelayString = "${kernebot.outbox.poll-ms:1000}", initialDelayString = "${kernebot.outbox.poll-ms:1000}")
    public void poll() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            log.error("Dispatching the outbox failed; will try again", e);
        }
    }

    /**
     * Sends what is due now and returns how many rows were delivered. Returns only when every row it claimed was
     * attempted (or handed back, when shutting down) and its outcome recorded.
     */
    public synchronized int dispatchDue() {
        if (!pool.begin()) {
            return 0; // shutting down
        }
        Map<String, Hold> holds = new ConcurrentHashMap<>();
        AtomicBoolean interrupted = new AtomicBoolean();
        int delivered = 0;
        try {
            List<OutboxRow> rows;
            do {
                rows = claims.claimDue(BATCH);
                delivered += deliverBatch(rows, holds, interrupted);
            } while (rows.size() >= BATCH && !interrupted.get() && !pool.stopping());
        } finally {
            pool.end();
        }
        if (interrupted.get()) {
            Thread.currentThread().interrupt();
        }
        return delivered;
    }

    private int deliverBatch(List<OutboxRow> rows, Map<String, Hold> holds, AtomicBoolean interrupted) {
        List<List<OutboxRow>> lanes = ConversationLanes.of(rows);
        DispatchRound round = new DispatchRound(lanes.size());
        for (List<OutboxRow> lane : lanes) {
            try {
                pool.execute(() -> deliverLane(lane, round, holds, interrupted));
            } catch (RejectedExecutionException e) {
                // Shutting down: nothing of this lane was attempted, so it may go again at once after a restart.
                lane.forEach(row -> round.add(new Outcome.Postponed(row, clock.millis())));
                round.laneFinished();
            }
        }
        int delivered = 0;
        for (List<Outcome> outcomes = take(round, interrupted); !outcomes.isEmpty(); outcomes = take(round, interrupted)) {
            delivered += (int) outcomes.stream().filter(Outcome.Sent.class::isInstance).count();
            for (Outcome.Sent late : claims.record(outcomes)) {
                log.warn("Outbox message {} was sent after its claim ran out; another sender may send it too",
                        late.row().dedupeKey());
            }
        }
        return delivered;
    }

    /**
     * The next outcomes of the round. An interrupt (the scheduler shutting down) does not end the wait: the lanes
     * are told to stop taking rows, and what is in flight is still recorded before this thread gives up.
     */
    private static List<Outcome> take(DispatchRound round, AtomicBoolean interrupted) {
        while (true) {
            try {
                return round.take();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        }
    }

    /**
     * A conversation whose row had to wait until {@code until}; {@code last} is the time given to the last row held
     * behind it. Kept for the whole dispatch, which may claim the conversation's rows again in a later batch: until
     * then they wait, and once it has come they go as usual (in their order, the waiting row first), or a long
     * dispatch would claim and postpone them for ever.
     */
    private record Hold(long until, long last) {
    }

    /** One conversation's rows in due order, on a sender thread. */
    private void deliverLane(List<OutboxRow> lane, DispatchRound round, Map<String, Hold> holds,
                             AtomicBoolean interrupted) {
        String key = ConversationLanes.key(lane.get(0));
        try {
            for (OutboxRow row : lane) {
                if (interrupted.get() || pool.stopping()) {
                    round.add(new Outcome.Postponed(row, clock.millis()));
                    continue;
                }
                Hold hold = holds.get(key);
                if (hold != null && hold.until() > clock.millis()) {
                    // Just behind the row that must wait, each a millisecond after the one before: due order is kept.
                    long next = hold.last() + 1;
                    holds.put(key, new Hold(hold.until(), next));
                    round.add(new Outcome.Postponed(row, next));
                    continue;
                }
                Outcome outcome = deliver(row);
                if (outcome == null) {
                    continue;
                }
                round.add(outcome);
                if (outcome instanceof Outcome.Retry retry) {
                    holds.put(key, new Hold(retry.notBefore(), retry.notBefore()));
                } else if (outcome instanceof Outcome.Postponed postponed) {
                    holds.put(key, new Hold(postponed.notBefore(), postponed.notBefore()));
                }
            }
        } catch (RuntimeException e) {
            // Most likely the database. The lane's remaining rows keep their claim and are tried again, in order,
            // when it runs out; handing them back now would let them overtake the row that failed here.
            log.error("Sending the outbox lane {} failed; its remaining rows wait for their claims to run out", key, e);
        } finally {
            round.laneFinished();
        }
    }

    /** Sends one row; null if it is no longer this sender's to send. */
    private Outcome deliver(OutboxRow row) {
        try (MDC.MDCCloseable conversation = MDC.putCloseable(LogFields.CONVERSATION_ID,
                     row.toPerson() ? row.viaConversation() : row.conversationId());
             MDC.MDCCloseable id = MDC.putCloseable(LogFields.OUTBOX_ID, row.id())) {
            return deliverNamed(row);
        }
    }

    private Outcome deliverNamed(OutboxRow row) {
        if (!claims.holdClaim(row)) {
            // Its claim ran out while earlier rows of this batch were slow, and another sender has it now.
            log.info("Outbox message {} was taken over by another sender; not sending it from here", row.dedupeKey());
            return null;
        }
        try {
            MessageTransport.Destination destination = transport.destination(row);
            if (destination.opened()) {
                claims.rememberPersonalConversation(row.id(), destination.conversationId());
            }
            long started = clock.millis();
            Duration wait = limiter.acquire(destination.conversationId(), started);
            if (!wait.isZero()) {
                return new Outcome.Postponed(row, started + wait.toMillis());
            }
            String activityId;
            try {
                activityId = transport.send(row, destination);
            } finally {
                limiter.answered(destination.conversationId(), started, clock.millis());
            }
            metrics.counter("kernebot.outbox.sent").increment();
            return new Outcome.Sent(row, destination.conversationId(), activityId);
        } catch (RuntimeException e) {
            return failures.sort(row, e);
        }
    }
}
