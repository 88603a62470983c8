package chorus.account;

import chorus.system.ThrottleSettings;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Sign-in attempts for one typed name from one source ({@code sign_in_source}), both as
 * pseudonyms. Each attempt is counted before its password is checked, in one conditional UPDATE:
 * a burst of parallel guesses is let through only until the count starts a wait, and the rest are
 * refused without a check. A name nobody has gets the same treatment, so the waits say nothing
 * about which names exist.
 */
@Singleton
class SignInSources {

    /** Whether an attempt may check its password; if not, how long the pair must still wait. */
    record Reservation(boolean allowed, Duration retryAfter) {
    }

    private final SignInSourceRepository pairs;
    private final ThrottleSettings settings;
    private final Clock clock;

    SignInSources(SignInSourceRepository pairs, ThrottleSettings settings, Clock clock) {
        this.pairs = pairs;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Counts an attempt unless the pair is waiting. From the {@code failures-before-delay}th attempt
     * since the last success on, each one starts a wait for the next ({@code first-delay}, then
     * doubling up to {@code longest-delay}), which a right password ends.
     */
    @Transactional
    Reservation reserve(String name, String source, long now) {
        pairs.touch(name, source, now);
        int counted = pairs.count(name, source, now, settings.failuresBeforeDelay(), settings.firstDelay().toSeconds(),
                settings.longestDelay().toSeconds());
        if (counted == 1) {
            return new Reservation(true, Duration.ZERO);
        }
        long until = pairs.blockedUntil(name, source).orElse(now);
        return new Reservation(false, Duration.ofSeconds(Math.max(1, until - now)));
    }

    /**
     * The right password from here: the pair starts afresh and the source becomes known. This also
     * ends a wait that a parallel wrong guess from the same source may have just started; whoever is
     * there has shown they know the password.
     */
    @Transactional
    void succeeded(String name, String source, long now) {
        pairs.succeeded(name, source, now);
    }

    /** Whether this name signed in from this source at or after {@code since}. */
    @Transactional
    boolean known(String name, String source, long since) {
        return pairs.known(name, source, since);
    }

    /** The names with a pair waiting now. */
    @Transactional
    Set<String> waiting(long now) {
        return Set.copyOf(pairs.waiting(now));
    }

    /** An administrator's unlock: every source of the name starts afresh; known sources stay known. */
    @Transactional(Transactional.TxType.MANDATORY)
    void clear(String name) {
        pairs.clear(name);
    }

    /**
     * Forgets a pair quiet for a day and not waiting, unless the name signed in from there within
     * {@code chorus.throttle.known-source-for}: counts then start again, and the table stays small.
     */
    @Scheduled(fixedDelay = "1h", initialDelay = "4m")
    @Transactional
    void purgeQuiet() {
        long now = clock.instant().getEpochSecond();
        pairs.purge(now - Duration.ofDays(1).toSeconds(), now, now - settings.knownSourceFor().toSeconds());
    }
}
