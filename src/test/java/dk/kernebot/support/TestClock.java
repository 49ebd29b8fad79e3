package dk.kernebot.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests can move; it replaces the application's clock in the test context. */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Instant start;
    private final ZoneId zone;

    public TestClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.start = start;
        this.zone = zone;
    }

    /** Back to where every test starts, so no test sees the time another test moved to. */
    public void reset() {
        now.set(start);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }
}
