package chorus.system;

import io.micronaut.http.MutableHttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Telling someone who must wait how long: a Retry-After header for programs, a time of day for people. */
public final class RetryAfter {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private RetryAfter() {
    }

    /** Whole seconds, rounded up: a client that waits exactly this long is not refused again. */
    public static <T extends MutableHttpResponse<?>> T header(T response, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        response.header("Retry-After", Long.toString(seconds));
        return response;
    }

    /**
     * When the wait is over, as a time of day in the LMNS's zone rounded up to the minute ("14:35").
     * A time reads the same in every language, where "in 3 minutes" would need each one's plural rules.
     */
    public static String clockTime(Clock clock, Duration wait) {
        LocalTime end = LocalTime.now(clock).plus(wait);
        LocalTime minute = end.truncatedTo(ChronoUnit.MINUTES);
        return (minute.equals(end) ? minute : minute.plusMinutes(1)).format(CLOCK);
    }
}
