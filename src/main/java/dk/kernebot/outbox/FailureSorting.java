package dk.kernebot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sorts a failed send: 429 (after its Retry-After), 412, 408, 5xx and network faults are tried again with
 * exponential backoff and jitter; other refusals (403 because the bot was removed, 404 because the chat is gone) and
 * undeliverable rows fail for good, visibly; a person who cannot be found yet waits for them to write to the bot.
 */
final class FailureSorting {

    private static final Logger log = LoggerFactory.getLogger(FailureSorting.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final Clock clock;
    private final MeterRegistry metrics;

    FailureSorting(Clock clock, MeterRegistry metrics) {
        this.clock = clock;
        this.metrics = metrics;
    }

    Outcome sort(OutboxRow row, RuntimeException error) {
        if (!(error instanceof SendFailure failure)) {
            return retry(row, -1, backoff(row.attempts()), "HTTP -1: " + error.getMessage()); // no answer at all
        }
        return switch (failure.kind()) {
            case UNDELIVERABLE -> {
                log.warn("Outbox message {} cannot be delivered: {}", row.dedupeKey(), failure.getMessage());
                metrics.counter("kernebot.outbox.failed").increment();
                yield new Outcome.Failed(row, failure.getMessage());
            }
            case UNREACHABLE -> {
                // Failed for now; Outbox.reviveUnreachable sends it once the person writes to the bot.
                log.info("Outbox message {} waits for its person to write to the bot: {}", row.dedupeKey(),
                        failure.getMessage());
                metrics.counter("kernebot.outbox.unreachable").increment();
                yield new Outcome.Failed(row, Outbox.UNREACHABLE + " " + failure.getMessage());
            }
            case REFUSED -> refused(row, failure);
        };
    }

    private Outcome refused(OutboxRow row, SendFailure failure) {
        int status = failure.status();
        String error = "HTTP " + status + ": " + failure.getMessage();
        if (status == 429) {
            return retry(row, status, failure.retryAfter().orElse(backoff(row.attempts())), error);
        }
        if (status == 412 || status == 408 || status >= 500) {
            return retry(row, status, backoff(row.attempts()), error);
        }
        log.warn("Outbox message {} refused with HTTP {}; giving up", row.dedupeKey(), status);
        metrics.counter("kernebot.outbox.failed").increment();
        return new Outcome.Failed(row, error);
    }

    private Outcome retry(OutboxRow row, int status, Duration wait, String error) {
        log.info("Outbox message {} got {}; retrying in {} ms", row.dedupeKey(), status, wait.toMillis());
        metrics.counter("kernebot.outbox.retried", "status", String.valueOf(status)).increment();
        return new Outcome.Retry(row, clock.millis() + wait.toMillis(), error);
    }

    /** 1 s, 2 s, 4 s, ... up to 10 minutes, with up to 25% jitter so retries of many rows spread out. */
    static Duration backoff(int attempts) {
        long base = 1000L << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(base, MAX_BACKOFF.toMillis());
        return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 4 + 1));
    }
}
