package dk.kernebot.outbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Teams' limits for one bot in one conversation: 7 operations a second, 8 in 2 s, 60 in 30 s, 1800 an hour.
 * The sender asks before each send; a send that would break a limit waits instead of earning a 429.
 * In memory: with several instances the connector's 429s (which the sender honours) are the backstop.
 *
 * <p>Teams counts a message when it arrives, which can be well after the send began (a first connection, a busy
 * machine), so a send is counted again when its answer came ({@link #answered}): counted from its start alone, a
 * slow first send and the next seven quick ones reached the connector within a second.
 */
@Component
class ConversationRateLimiter {

    private record Window(long millis, int max) {
    }

    private static final Window[] WINDOWS = {
            new Window(1_000, 7), new Window(2_000, 8), new Window(30_000, 60), new Window(3_600_000, 1800)};

    private final Map<String, Deque<Long>> sends = new ConcurrentHashMap<>();

    /** Zero (and the send is counted) when a send may go now; otherwise how long to wait. */
    Duration acquire(String conversationId, long now) {
        Deque<Long> times = sends.computeIfAbsent(conversationId, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - 3_600_000) {
                times.pollFirst();
            }
            long wait = 0;
            for (Window window : WINDOWS) {
                long inWindow = times.stream().filter(t -> t > now - window.millis()).count();
                if (inWindow >= window.max()) {
                    // The oldest send of the full window must leave it before another may enter.
                    long nth = nthNewest(times, window.max());
                    wait = Math.max(wait, nth + window.millis() - now + 1);
                }
            }
            if (wait > 0) {
                return Duration.ofMillis(wait);
            }
            times.addLast(now);
            return Duration.ZERO;
        }
    }

    /**
     * The send that {@link #acquire} counted at {@code startedAt} was answered at {@code answeredAt}: from now on it
     * counts as sent then, the latest moment it can have reached Teams.
     */
    void answered(String conversationId, long startedAt, long answeredAt) {
        Deque<Long> times = sends.get(conversationId);
        if (times == null) {
            return;
        }
        synchronized (times) {
            if (!times.removeLastOccurrence(startedAt)) {
                return;
            }
            // Oldest first, as acquire expects.
            Deque<Long> later = new ArrayDeque<>();
            while (!times.isEmpty() && times.peekLast() > answeredAt) {
                later.push(times.pollLast());
            }
            times.addLast(answeredAt);
            times.addAll(later);
        }
    }

    private static long nthNewest(Deque<Long> times, int n) {
        int i = 0;
        for (var it = times.descendingIterator(); it.hasNext(); ) {
            long t = it.next();
            if (++i == n) {
                return t;
            }
        }
        return times.peekFirst();
    }
}
