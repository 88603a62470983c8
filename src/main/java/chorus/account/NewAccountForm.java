package chorus.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An administrator adding a staff account. */
@Serdeable
record NewAccountForm(@Nullable String username, @Nullable String password, @Nullable String role,
                      @Nullable String csrfToken) {

    String usernameOrEmpty() {
        return username == null ? "" : username.strip();
    }

    String passwordOrEmpty() {
        return password == null ? "" : password;
    }
}
