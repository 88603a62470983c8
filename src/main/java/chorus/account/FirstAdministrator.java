package chorus.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure someone can sign in. The administrator named in configuration is created on the
 * first start; with none configured and no accounts yet, a one-off random password is generated
 * and logged once, so no default password ever works.
 */
@Singleton
class FirstAdministrator implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdministrator(AccountService accounts, @Value("${chorus.admin.username:}") String username,
                       @Value("${chorus.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!username.isBlank()) {
            if (!accounts.exists(username)) {
                if (!AccountService.passwordProblems(password).isEmpty()) {
                    throw new IllegalStateException("CHORUS_ADMIN_PASSWORD must be " + AccountService.MIN_PASSWORD_LENGTH
                            + " to 128 characters long to create the administrator " + username);
                }
                accounts.create(username, password, Role.ADMIN);
                LOG.info("Created the administrator account {} from configuration", AccountService.normalise(username));
            }
        } else if (accounts.count() == 0) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            accounts.create("admin", generated, Role.ADMIN);
            LOG.warn("No administrator was configured, so Chorus created the account 'admin' with the one-off password {}"
                    + " . It is shown only this once. Set CHORUS_ADMIN_USERNAME and CHORUS_ADMIN_PASSWORD in production.", generated);
        }
    }
}
