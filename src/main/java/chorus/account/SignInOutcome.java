package chorus.account;

import java.time.Duration;
import java.util.Optional;

/**
 * What came of a sign-in attempt: the account, a wrong username or password, or a wait, with the
 * interface-text key that says why and for how long.
 */
public record SignInOutcome(Optional<Account> account, String waitKey, Duration retryAfter) {

    static SignInOutcome signedIn(Account account) {
        return new SignInOutcome(Optional.of(account), null, Duration.ZERO);
    }

    static SignInOutcome wrong() {
        return new SignInOutcome(Optional.empty(), null, Duration.ZERO);
    }

    static SignInOutcome mustWait(String key, Duration wait) {
        return new SignInOutcome(Optional.empty(), key, wait);
    }

    public boolean mustWait() {
        return waitKey != null;
    }
}
