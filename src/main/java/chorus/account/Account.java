package chorus.account;

import java.time.Instant;

/**
 * A staff sign-in. Holds no personal details beyond the name the person signs in with.
 * {@code blockedUntil} is when places the account was never used from may try again after many
 * wrong passwords (the epoch when there is no wait).
 */
public record Account(long id, String username, String passwordHash, Role role, int failedSignIns, Instant blockedUntil) {
}
