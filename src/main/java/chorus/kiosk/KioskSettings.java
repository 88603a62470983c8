package chorus.kiosk;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * A kiosk tablet at a listening event ({@code chorus.kiosk.*}).
 *
 * @param hours how long a tablet stays in kiosk mode after an MVP lead starts it
 * @param pageSeconds how long a question page waits, untouched, before going back to the start
 * @param doneSeconds how long the thank-you page stays before the next person's start page
 */
@ConfigurationProperties("chorus.kiosk")
record KioskSettings(@Bindable(defaultValue = "24") int hours, @Bindable(defaultValue = "180") int pageSeconds,
                     @Bindable(defaultValue = "20") int doneSeconds) {

    KioskSettings {
        if (hours < 1 || pageSeconds < 10 || doneSeconds < 1) {
            throw new IllegalArgumentException("chorus.kiosk: hours must be at least 1, page-seconds at least 10 and"
                    + " done-seconds at least 1");
        }
    }

    Duration lifetime() {
        return Duration.ofHours(hours);
    }
}
