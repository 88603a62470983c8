package chorus.system;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/**
 * Counts failed attempts of one kind (sign-in, invitation code) from one source in fixed windows,
 * in the database so that every instance behind a load balancer shares the count. An attempt is
 * counted before it is checked and forgiven when it succeeds: counting afterwards would let a burst
 * of parallel guesses all pass the check before any was counted. A fixed window lets a source make
 * up to twice its limit across a window's end; the limits are set with that in mind.
 */
@Singleton
public class Throttle {

    /** What is counted; each has its own limit per source and window. */
    public enum Kind {
        SIGN_IN("sign-in"), INVITATION_CODE("invitation-code");

        private final String stored;

        Kind(String stored) {
            this.stored = stored;
        }
    }

    /** One counted attempt: allowed, or refused until {@code retryAfter} has passed. */
    public record Attempt(Kind kind, String source, long windowStart, boolean allowed, Duration retryAfter) {
    }

    private final ThrottleRepository counts;
    private final ThrottleSettings settings;
    private final Clock clock;

    Throttle(ThrottleRepository counts, ThrottleSettings settings, Clock clock) {
        this.counts = counts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts an attempt from {@code source} (a pseudonym from {@link RequestSources}) and says whether it may go ahead. */
    @Transactional
    public Attempt attempt(Kind kind, String source) {
        long now = clock.instant().getEpochSecond();
        long window = settings.window().toSeconds();
        long start = now - Math.floorMod(now, window);
        counts.count(kind.stored, source, start);
        int hits = counts.hits(kind.stored, source, start);
        return new Attempt(kind, source, start, hits <= limit(kind), Duration.ofSeconds(start + window - now));
    }

    /** Takes back a counted attempt that succeeded: only failures count against a source. */
    @Transactional
    public void forgive(Attempt attempt) {
        counts.forgive(attempt.kind().stored, attempt.source(), attempt.windowStart());
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "3m")
    @Transactional
    void purgeEnded() {
        counts.purge(clock.instant().getEpochSecond() - settings.window().toSeconds());
    }

    private int limit(Kind kind) {
        return kind == Kind.SIGN_IN ? settings.signInFailuresPerSource() : settings.codeFailuresPerSource();
    }
}
