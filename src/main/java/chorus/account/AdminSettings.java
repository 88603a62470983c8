package chorus.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The administrator made at first start ({@code chorus.admin.*}); both empty: Chorus makes one
 * with a one-off password and shows it once in the log.
 */
@ConfigurationProperties("chorus.admin")
record AdminSettings(@Bindable(defaultValue = "") String username, @Bindable(defaultValue = "") String password) {

    AdminSettings {
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        if (username.isEmpty() != password.isEmpty()) {
            throw new IllegalArgumentException("chorus.admin: set both the username and the password, or neither");
        }
    }
}
