package chorus.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An administrator adding a staff account. */
@Serdeable
public record NewAccountForm(@Nullable String username, @Nullable String password, @Nullable String role,
                      @Nullable String mvp, @Nullable String csrfToken) {

    public String usernameOrEmpty() {
        return username == null ? "" : username.strip();
    }

    public String passwordOrEmpty() {
        return password == null ? "" : password;
    }
}
