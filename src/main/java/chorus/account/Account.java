package chorus.account;

import java.time.LocalDateTime;

/** A staff sign-in. Holds no personal details beyond the name the person signs in with. */
public record Account(long id, String username, String passwordHash, Role role, int failedSignIns, LocalDateTime lockedUntil) {
}
