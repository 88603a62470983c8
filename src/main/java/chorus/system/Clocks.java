package chorus.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock Chorus reads the time from, in the LMNS's time zone. Injected rather than read
 * with {@code now()}, so tests can move time forward (a growing sign-in delay, a throttle window
 * ending) without sleeping.
 */
@Factory
class Clocks {

    @Singleton
    Clock clock(@Value("${chorus.time-zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
