package chorus.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until a test moves it on, so waits can be checked without sleeping. */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public TestClock() {
        this(Instant.now(), ZoneId.of("Europe/London"));
    }

    private TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
