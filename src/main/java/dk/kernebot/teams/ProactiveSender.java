package dk.kernebot.teams;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

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
import dk.kernebot.outbox.ConversationRateLimiter;
import dk.kernebot.outbox.Outbox;
import dk.kernebot.outbox.OutboxRow;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: claims due rows, opens a personal chat where one is needed, sends within Teams' rate
 * limits, and retries 429 (after Retry-After), 412 and 5xx with exponential backoff and jitter. Other refusals
 * (403 because the bot was removed, 404 because the chat is gone) fail the row for good, visibly.
 */
@Component
public class ProactiveSender {

    private static final Logger log = LoggerFactory.getLogger(ProactiveSender.class);
    private static final int BATCH = 50;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final Outbox outbox;
    private final ConversationStore conversations;
    private final ConversationRateLimiter limiter;
    private final ConnectorClients clients;
    private final TeamsPeople people;
    private final Clock clock;

    private final MeterRegistry metrics;

    ProactiveSender(Outbox outbox, ConversationStore conversations, ConversationRateLimiter limiter,
                    ConnectorClients clients, TeamsPeople people, Clock clock, MeterRegistry metrics) {
        this.people = people;
        this.metrics = metrics;
        this.outbox = outbox;
        this.conversations = conversations;
        this.limiter = limiter;
        this.clients = clients;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kernebot.outbox.poll-ms:1000}", initialDelayString = "${kernebot.outbox.poll-ms:1000}")
    public void poll() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            log.error("Dispatching the outbox failed; will try again", e);
        }
    }

    /** Sends what is due now; returns how many rows were delivered. */
    public synchronized int dispatchDue() {
        int delivered = 0;
        List<OutboxRow> rows;
        do {
            rows = outbox.claimDue(BATCH);
            for (OutboxRow row : rows) {
                if (deliver(row)) {
                    delivered++;
                }
            }
        } while (rows.size() == BATCH);
        return delivered;
    }

    private boolean deliver(OutboxRow row) {
        if (!outbox.holdClaim(row)) {
            // Its claim ran out while earlier rows of this batch were slow, and another sender has it now.
            log.info("Outbox message {} was taken over by another sender; not sending it from here", row.dedupeKey());
            return false;
        }
        try {
            Target target = resolve(row);
            Duration wait = limiter.acquire(target.conversationId(), clock.millis());
            if (!wait.isZero()) {
                outbox.postpone(row, wait);
                return false;
            }
            Activity activity = activity(row);
            ConnectorClient client = client(target.record().serviceUrl());
            ResourceResponse response = row.replyToId() != null
                    ? client.getConversations().replyToActivity(target.conversationId(), row.replyToId(), activity).join()
                    : client.getConversations().sendToConversation(target.conversationId(), activity).join();
            if (!outbox.markSent(row, target.conversationId(), response == null ? null : response.getId())) {
                log.warn("Outbox message {} was sent after its claim ran out; another sender may send it too",
                        row.dedupeKey());
            }
            metrics.counter("kernebot.outbox.sent").increment();
            return true;
        } catch (UndeliverableException e) {
            log.warn("Outbox message {} cannot be delivered: {}", row.dedupeKey(), e.getMessage());
            outbox.markFailed(row, e.getMessage());
            metrics.counter("kernebot.outbox.failed").increment();
        } catch (PersonNotFoundException e) {
            log.info("Outbox message {} waits for its person to write to the bot: {}", row.dedupeKey(), e.getMessage());
            outbox.markUnreachable(row, e.getMessage());
            metrics.counter("kernebot.outbox.unreachable").increment();
        } catch (RuntimeException e) {
            handleFailure(row, unwrap(e));
        }
        return false;
    }

    private void handleFailure(OutboxRow row, Throwable error) {
        int status = error instanceof RestException rest && rest.response() != null ? rest.response().code() : -1;
        if (status == 429 || status == 412 || status == 408 || status >= 500 || status == -1) {
            Duration wait = status == 429 ? retryAfter((RestException) error).orElse(backoff(row.attempts()))
                    : backoff(row.attempts());
            log.info("Outbox message {} got {}; retrying in {} ms", row.dedupeKey(), status, wait.toMillis());
            outbox.markRetry(row, wait, "HTTP " + status + ": " + error.getMessage());
            metrics.counter("kernebot.outbox.retried", "status", String.valueOf(status)).increment();
        } else {
            log.warn("Outbox message {} refused with HTTP {}; giving up", row.dedupeKey(), status);
            outbox.markFailed(row, "HTTP " + status + ": " + error.getMessage());
            metrics.counter("kernebot.outbox.failed").increment();
        }
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
