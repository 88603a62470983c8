package chorus.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the sign-in form sends; the CSRF field is checked by the filter before this is bound. */
@Serdeable
record SignInForm(@Nullable String username, @Nullable String password) {

    String usernameOrEmpty() {
        return username == null ? "" : username.strip();
    }

    String passwordOrEmpty() {
        return password == null ? "" : password;
    }
}
