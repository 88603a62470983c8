package chorus.system;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock Chorus reads the time from, in the LMNS's time zone. Injected rather than read
 * with {@code now()}, so tests can move time forward (a growing sign-in delay, a throttle window
 * ending) without sleeping.
 */
@Factory
class Clocks {

    @Singleton
    Clock clock(ChorusSettings settings) {
        return Clock.system(settings.zone());
    }
}
