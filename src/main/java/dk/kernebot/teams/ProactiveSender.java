package dk.kernebot.teams;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationResourceResponse;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.outbox.ConversationLanes;
import dk.kernebot.outbox.ConversationRateLimiter;
import dk.kernebot.outbox.Outbox;
import dk.kernebot.outbox.OutboxRow;
import dk.kernebot.outbox.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: claims due rows, opens a personal chat where one is needed, sends within Teams' rate
 * limits, and retries 429 (after Retry-After), 412 and 5xx with exponential backoff and jitter. Other refusals
 * (403 because the bot was removed, 404 because the chat is gone) fail the row for good, visibly.
 *
 * <p>A claimed batch is split into one lane per conversation ({@link ConversationLanes}); the lanes go out side by
 * side on the {@link SenderPool}, each lane's rows one after the other, so a conversation sees its messages in
 * order and one at a time while other conversations proceed. When a row of a conversation has to wait (its rate
 * limit, a 429, a 5xx), the rest of that conversation waits just behind it, in order, for the rest of this
 * dispatch. Sender threads only check their claim and talk to the connector; the dispatching thread records what
 * happened, many rows per transaction.
 */
@Component
public class ProactiveSender {

    private static final Logger log = LoggerFactory.getLogger(ProactiveSender.class);
    /** Large enough to hold many conversations, so the lanes of one batch keep every sender busy. */
    private static final int BATCH = 500;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final Outbox outbox;
    private final ConversationStore conversations;
    private final ConversationRateLimiter limiter;
    private final ConnectorClients clients;
    private final TeamsPeople people;
    private final Clock clock;
    private final SenderPool pool;

    private final MeterRegistry metrics;

    ProactiveSender(Outbox outbox, ConversationStore conversations, ConversationRateLimiter limiter,
                    ConnectorClients clients, TeamsPeople people, Clock clock, MeterRegistry metrics, SenderPool pool) {
        this.people = people;
        this.metrics = metrics;
        this.outbox = outbox;
        this.conversations = conversations;
        this.limiter = limiter;
        this.clients = clients;
        this.clock = clock;
        this.pool = pool;
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
                rows = outbox.claimDue(BATCH);
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
            for (Outcome.Sent late : outbox.record(outcomes)) {
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
        if (!outbox.holdClaim(row)) {
            // Its claim ran out while earlier rows of this batch were slow, and another sender has it now.
            log.info("Outbox message {} was taken over by another sender; not sending it from here", row.dedupeKey());
            return null;
        }
        try {
            Target target = resolve(row);
            long started = clock.millis();
            Duration wait = limiter.acquire(target.conversationId(), started);
            if (!wait.isZero()) {
                return new Outcome.Postponed(row, started + wait.toMillis());
            }
            ResourceResponse response;
            try {
                Activity activity = activity(row);
                ConnectorClient client = client(target.record().serviceUrl());
                response = row.replyToId() != null
                        ? client.getConversations().replyToActivity(target.conversationId(), row.replyToId(), activity).join()
                        : client.getConversations().sendToConversation(target.conversationId(), activity).join();
            } finally {
                limiter.answered(target.conversationId(), started, clock.millis());
            }
            metrics.counter("kernebot.outbox.sent").increment();
            return new Outcome.Sent(row, target.conversationId(), response == null ? null : response.getId());
        } catch (UndeliverableException e) {
            log.warn("Outbox message {} cannot be delivered: {}", row.dedupeKey(), e.getMessage());
            metrics.counter("kernebot.outbox.failed").increment();
            return new Outcome.Failed(row, e.getMessage());
        } catch (PersonNotFoundException e) {
            // Failed for now; Outbox.reviveUnreachable sends it once the person writes to the bot.
            log.info("Outbox message {} waits for its person to write to the bot: {}", row.dedupeKey(), e.getMessage());
            metrics.counter("kernebot.outbox.unreachable").increment();
            return new Outcome.Failed(row, Outbox.UNREACHABLE + " " + e.getMessage());
        } catch (RuntimeException e) {
            return failure(row, unwrap(e));
        }
    }

    private Outcome failure(OutboxRow row, Throwable error) {
        int status = error instanceof RestException rest && rest.response() != null ? rest.response().code() : -1;
        if (status == 429 || status == 412 || status == 408 || status >= 500 || status == -1) {
            Duration wait = status == 429 ? retryAfter((RestException) error).orElse(backoff(row.attempts()))
                    : backoff(row.attempts());
            log.info("Outbox message {} got {}; retrying in {} ms", row.dedupeKey(), status, wait.toMillis());
            metrics.counter("kernebot.outbox.retried", "status", String.valueOf(status)).increment();
            return new Outcome.Retry(row, clock.millis() + wait.toMillis(), "HTTP " + status + ": " + error.getMessage());
        }
        log.warn("Outbox message {} refused with HTTP {}; giving up", row.dedupeKey(), status);
        metrics.counter("kernebot.outbox.failed").increment();
        return new Outcome.Failed(row, "HTTP " + status + ": " + error.getMessage());
    }

    private record Target(String conversationId, ConversationRecord record) {
    }

    /** Where the row goes; for a person, the personal chat (opened now if the bot has none with them yet). */
    private Target resolve(OutboxRow row) {
        if (!row.toPerson()) {
            ConversationRecord record = conversations.find(row.conversationId())
                    .orElseThrow(() -> new UndeliverableException("unknown conversation " + row.conversationId()));
            return new Target(row.conversationId(), record);
        }
        ConversationRecord via = conversations.find(row.viaConversation())
                .orElseThrow(() -> new UndeliverableException("unknown conversation " + row.viaConversation()));
        String userId = row.userId() != null ? row.userId() : people.teamsUserId(row.userAadId(), via);
        Optional<String> known = Optional.ofNullable(row.sentConversation())
                .or(() -> conversations.personalChatOf(userId));
        if (known.isPresent()) {
            return new Target(known.get(), conversations.find(known.get()).orElse(via));
        }
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(new ChannelAccount(via.botId(), via.botName()));
        ChannelAccount member = new ChannelAccount(userId, row.userName());
        member.setAadObjectId(row.userAadId());
        parameters.setMembers(List.of(member));
        parameters.setTenantId(via.tenantId());
        TeamsChannelData channelData = new TeamsChannelData();
        channelData.setTenant(new TenantInfo(via.tenantId()));
        parameters.setChannelData(channelData);
        ConversationResourceResponse created = client(via.serviceUrl()).getConversations()
                .createConversation(parameters).join();
        String conversationId = created.getId();
        outbox.rememberPersonalConversation(row.id(), conversationId);
        conversations.rememberPersonal(conversationId, via, userId, row.userAadId());
        return new Target(conversationId, conversations.find(conversationId).orElse(via));
    }

    private static Activity activity(OutboxRow row) {
        if (row.cardJson() != null) {
            return ReplySender.cardActivity(row.cardJson());
        }
        Activity activity = ReplySender.activity(OutgoingMessage.text(row.text()));
        if (row.mentionUserId() != null) {
            Mention mention = new Mention();
            mention.setMentioned(new ChannelAccount(row.mentionUserId(), row.mentionName()));
            mention.setText("<at>" + row.mentionName() + "</at>");
            activity.setMentions(List.of(mention));
        }
        return activity;
    }

    private ConnectorClient client(String serviceUrl) {
        return clients.forServiceUrl(serviceUrl);
    }

    private static Optional<Duration> retryAfter(RestException error) {
        String header = error.response().headers().get("Retry-After");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(header.strip()) * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 1 s, 2 s, 4 s, ... up to 10 minutes, with up to 25% jitter so retries of many rows spread out. */
    static Duration backoff(int attempts) {
        long base = 1000L << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(base, MAX_BACKOFF.toMillis());
        return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 4 + 1));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable cause = e;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The row names something that does not exist; retrying will not help. */
    private static final class UndeliverableException extends RuntimeException {
        UndeliverableException(String message) {
            super(message);
        }
    }
}
