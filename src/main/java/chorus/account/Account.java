package chorus.account;

import chorus.system.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * A staff sign-in. Holds no personal details beyond the name the person signs in with.
 * {@code blockedUntil} is the epoch second until which places the account was never used from
 * must wait after many wrong passwords (0 when there is no wait); {@code signInDelay} is the wait
 * the next wrong password starts from. Both change only by the single UPDATEs of
 * {@link AccountRepository}, so parallel guesses cannot lose each other's counts.
 */
@MappedEntity("user_account")
public record Account(@Id @GeneratedValue @Nullable Long id, String username, String passwordHash, Role role,
                      LocalDate createdOn, @Nullable Long mvpId, int failedSignIns, int signInDelay, long blockedUntil) {

    static Account create(String username, String passwordHash, Role role, LocalDate today, @Nullable Long mvpId) {
        return new Account(null, username, passwordHash, role, today, mvpId, 0, 0, 0);
    }
}
