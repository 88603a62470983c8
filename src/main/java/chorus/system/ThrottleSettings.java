package chorus.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * How hard Chorus makes guessing at sign-in and at the staff survey's invitation codes
 * ({@code chorus.throttle.*} in application.yml, which explains each setting).
 *
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed; none by default
 * @param window length of the fixed window the per-source counts below are kept for
 * @param signInFailuresPerSource failed sign-ins one source may make in a window, whatever the usernames
 * @param codeFailuresPerSource unusable invitation codes one source may type in a window
 * @param failuresBeforeDelay wrong passwords for one username from one source before each further one makes that pair wait
 * @param firstDelay the first such wait; each further wrong password doubles it
 * @param longestDelay the longest such wait
 * @param accountFailuresBeforeDelay wrong passwords for one account from anywhere before places it was never used from must wait
 * @param accountFirstDelay the first account-wide wait; doubled by each further wrong password
 * @param accountLongestDelay the longest account-wide wait
 * @param knownSourceFor how long a place someone signed in from stays "known", exempt from the account-wide wait
 */
@ConfigurationProperties("chorus.throttle")
public record ThrottleSettings(
        @Bindable(defaultValue = "") List<String> trustedProxies,
        @Bindable(defaultValue = "10m") Duration window,
        @Bindable(defaultValue = "10") int signInFailuresPerSource,
        @Bindable(defaultValue = "30") int codeFailuresPerSource,
        @Bindable(defaultValue = "5") int failuresBeforeDelay,
        @Bindable(defaultValue = "1m") Duration firstDelay,
        @Bindable(defaultValue = "1h") Duration longestDelay,
        @Bindable(defaultValue = "50") int accountFailuresBeforeDelay,
        @Bindable(defaultValue = "1m") Duration accountFirstDelay,
        @Bindable(defaultValue = "15m") Duration accountLongestDelay,
        @Bindable(defaultValue = "90d") Duration knownSourceFor) {

    public ThrottleSettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (window.isNegative() || window.isZero() || firstDelay.compareTo(longestDelay) > 0
                || accountFirstDelay.compareTo(accountLongestDelay) > 0 || firstDelay.isZero() || accountFirstDelay.isZero()
                || Math.min(signInFailuresPerSource, Math.min(codeFailuresPerSource,
                        Math.min(failuresBeforeDelay, accountFailuresBeforeDelay))) < 1) {
            throw new IllegalArgumentException("chorus.throttle: counts must be at least 1, the window and first delays"
                    + " longer than zero, and each first delay no longer than its longest delay");
        }
    }
}
