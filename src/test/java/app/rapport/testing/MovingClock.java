package app.rapport.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs as the real one does from a chosen moment, and that a test moves on by whole days:
 * a window can live through weeks in seconds. Its copies in other zones move with it.
 */
public final class MovingClock extends Clock {
    private final Instant start;
    private final long startNanos;
    private final AtomicReference<Duration> ahead;
    private final ZoneId zone;

    private MovingClock(Instant start, long startNanos, AtomicReference<Duration> ahead, ZoneId zone) {
        this.start = start;
        this.startNanos = startNanos;
        this.ahead = ahead;
        this.zone = zone;
    }

    /** Running from this local time (the computer's zone) on. */
    public static MovingClock from(LocalDateTime localStart) {
        ZoneId zone = ZoneId.systemDefault();
        return new MovingClock(localStart.atZone(zone).toInstant(), System.nanoTime(),
                new AtomicReference<>(Duration.ZERO), zone);
    }

    public void advance(Duration by) {
        ahead.updateAndGet(d -> d.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovingClock(start, startNanos, ahead, other);
    }

    @Override
    public Instant instant() {
        return start.plusNanos(System.nanoTime() - startNanos).plus(ahead.get());
    }
}
