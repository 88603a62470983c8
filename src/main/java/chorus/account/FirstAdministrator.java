package chorus.account;

import chorus.system.Role;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure someone can sign in. The administrator named in configuration is created on the
 * first start; with none configured and no accounts yet, a random name ({@code admin-} and eight
 * letters and digits) and a one-off random password are generated and logged once, so neither a
 * default password nor a guessable name is ever offered to someone guessing at the sign-in form.
 */
@Singleton
class FirstAdministrator implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    /** Lower case, as usernames are, without look-alikes (0/o, 1/l/i): it is typed from a log. */
    private static final String NAME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdministrator(AccountService accounts, AdminSettings settings) {
        this.accounts = accounts;
        this.username = settings.username();
        this.password = settings.password();
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
            RANDOM.nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String name = generatedName();
            accounts.create(name, generated, Role.ADMIN);
            LOG.warn("No administrator was configured, so Chorus created the account '{}' with the one-off password {}"
                    + " . Both are shown only this once. Set CHORUS_ADMIN_USERNAME and CHORUS_ADMIN_PASSWORD in production.",
                    name, generated);
        }
    }

    /** About 40 random bits: far too many names to guess at, given the sign-in throttling. */
    static String generatedName() {
        StringBuilder name = new StringBuilder("admin-");
        for (int i = 0; i < 8; i++) {
            name.append(NAME_ALPHABET.charAt(RANDOM.nextInt(NAME_ALPHABET.length())));
        }
        return name.toString();
    }
}
