package dk.kernebot.outbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The threads that send outbox lanes ({@code kernebot.outbox.senders}, default 8): sends to the Bot Connector are
 * mostly waiting on the network, so a few in flight multiply throughput while the database writes stay short.
 *
 * <p>On shutdown it stops while the database is still there: lanes see {@link #stopping()} and hand back the rows
 * they have not started, sends already in flight finish, the dispatch that is under way records them and ends
 * ({@link #begin()}/{@link #end()}), and only then do the threads end. It may be started again afterwards (the
 * test framework pauses and resumes application contexts), with new threads.
 */
@Component
class SenderPool implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SenderPool.class);
    /** A send in flight is bounded by the connector client's timeouts; this only keeps a stuck one from hanging exit. */
    private static final long STOP_WAIT_SECONDS = 30;

    private final int size;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private volatile ExecutorService executor;
    private volatile boolean stopping = true;
    private int dispatches;

    SenderPool(@Value("${kernebot.outbox.senders:8}") int size) {
        if (size < 1) {
            throw new IllegalArgumentException("kernebot.outbox.senders must be at least 1, not " + size);
        }
        this.size = size;
    }

    /** True once shutdown began: take no new rows. */
    boolean stopping() {
        return stopping;
    }

    /** A dispatch starts using the pool; false once shutdown began (then there is nothing to do). */
    synchronized boolean begin() {
        if (stopping) {
            return false;
        }
        dispatches++;
        return true;
    }

    /** The dispatch has recorded everything it sent. */
    synchronized void end() {
        dispatches--;
        notifyAll();
    }

    /** @throws java.util.concurrent.RejectedExecutionException once the pool has shut down */
    void execute(Runnable lane) {
        executor.execute(lane);
    }

    @Override
    public synchronized void start() {
        executor = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> new Thread(task, "outbox-sender-" + threadNumber.incrementAndGet()));
        stopping = false;
    }

    @Override
    public void stop() {
        ExecutorService stopped = executor;
        try {
            awaitDispatches();
            stopped.shutdown();
            if (!stopped.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Outbox senders still busy after {} s; stopping without them (their rows are sent again "
                        + "once their claims run out)", STOP_WAIT_SECONDS);
                stopped.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopped.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void awaitDispatches() throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        while (dispatches > 0) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                log.warn("An outbox dispatch is still recording after {} s; stopping without it", STOP_WAIT_SECONDS);
                return;
            }
            wait(left);
        }
    }

    @Override
    public boolean isRunning() {
        return !stopping;
    }
}
