package dk.kernebot.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Wrong admin keys per client address in a sliding window. A client with too many is refused before its key is
 * even looked at, until the oldest failure leaves the window. The map is bounded: a flood of addresses cannot
 * grow it without end (the oldest clients are forgotten first).
 */
@Component
class FailedAttempts {

    static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    FailedAttempts(Clock clock, AdminSettings settings) {
        this.clock = clock;
        this.maxFailures = settings.maxFailures();
        this.window = settings.failureWindow();
    }

    /** How long the client must wait, or zero when it may try. */
    Duration blockedFor(String client) {
        Deque<Long> times = failures.get(client);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            long now = clock.millis();
            dropOld(times, now);
            if (times.size() < maxFailures) {
                return Duration.ZERO;
            }
            return Duration.ofMillis(Math.max(1000, times.peekFirst() + window.toMillis() - now));
        }
    }

    void failed(String client) {
        if (failures.size() >= MAX_CLIENTS && !failures.containsKey(client)) {
            forgetStale();
        }
        Deque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            long now = clock.millis();
            dropOld(times, now);
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    void succeeded(String client) {
        failures.remove(client);
    }

    private void dropOld(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
            times.removeFirst();
        }
    }

    private void forgetStale() {
        long now = clock.millis();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                dropOld(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
        if (failures.size() >= MAX_CLIENTS) {
            failures.clear();
        }
    }
}
