package chorus.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the sign-in form sends. */
@Serdeable
record SignInForm(@Nullable String username, @Nullable String password, @Nullable String csrfToken) {

    String usernameOrEmpty() {
        return username == null ? "" : username.strip();
    }

    String passwordOrEmpty() {
        return password == null ? "" : password;
    }
}
