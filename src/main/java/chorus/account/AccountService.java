package chorus.account;

import chorus.system.Role;
import chorus.system.Pseudonyms;
import chorus.system.Throttle;
import chorus.system.ThrottleSettings;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Creates accounts and checks passwords, slowing guessing down without letting a stranger lock
 * anyone out.
 *
 * <p>Three counts, all kept in the database and changed atomically in SQL, so parallel guesses
 * and several instances cannot lose counts:
 * <ol>
 * <li>per source ({@link Throttle}): failed sign-ins from one address, whatever the username, in a
 *     fixed window; stops fast guessing and password spraying from one place;</li>
 * <li>per username and source ({@link SignInSources}): after a few wrong passwords that pair waits,
 *     longer after each further one, up to a cap. It slows a guesser to a few tries an hour, but
 *     only there: the right password from anywhere else still works, so guessing at the
 *     administrator's name does not keep the administrator out;</li>
 * <li>per account, for guessing spread over many addresses: after many more wrong passwords,
 *     places the account has never signed in from must wait, again growing and capped. Places it
 *     signed in from recently are exempt, so even a distributed attack does not stop its owner
 *     at their usual desk. An administrator can end every wait on the accounts page.</li>
 * </ol>
 * None of these ever stops an account for good, and none is cleared by a wrong password.
 */
@Singleton
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final AccountRepository store;
    private final SignInSources sources;
    private final Throttle throttle;
    private final Pseudonyms pseudonyms;
    private final ThrottleSettings settings;
    private final Clock clock;

    AccountService(AccountRepository store, SignInSources sources, Throttle throttle, Pseudonyms pseudonyms, ThrottleSettings settings,
                   Clock clock) {
        this.store = store;
        this.sources = sources;
        this.throttle = throttle;
        this.pseudonyms = pseudonyms;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One sign-in attempt from {@code source} (a pseudonym from {@code RequestSources}). Not one
     * transaction: each count is its own short one, so no row stays locked while the password is hashed.
     */
    public SignInOutcome signIn(String username, String password, String source) {
        Throttle.Attempt attempt = throttle.attempt(Throttle.Kind.SIGN_IN, source);
        if (!attempt.allowed()) {
            return SignInOutcome.mustWait("signin.error.wait_source", attempt.retryAfter());
        }
        String name = normalise(username);
        long now = clock.instant().getEpochSecond();
        Optional<Account> found = store.findByUsername(name);
        long blockedUntil = found.map(a -> a.blockedUntil()).orElse(0L);
        if (blockedUntil > now && !sources.known(nameHash(name), source, now - settings.knownSourceFor().toSeconds())) {
            return SignInOutcome.mustWait("signin.error.wait_new_place", Duration.ofSeconds(blockedUntil - now));
        }
        SignInSources.Reservation reservation = sources.reserve(nameHash(name), source, now);
        if (!reservation.allowed()) {
            return SignInOutcome.mustWait("signin.error.wait_here", reservation.retryAfter());
        }
        SignInOutcome outcome = checkPassword(found, password, now);
        if (outcome.account().isPresent()) {
            sources.succeeded(nameHash(name), source, now);
            throttle.forgive(attempt);
        }
        return outcome;
    }

    private SignInOutcome checkPassword(Optional<Account> found, String password, long now) {
        if (found.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
            // As long as a real check, so the time taken does not tell which names exist.
            PasswordHasher.matches(password, PasswordHasher.UNMATCHABLE);
            return SignInOutcome.wrong();
        }
        Account account = found.get();
        if (!PasswordHasher.matches(password, account.passwordHash())) {
            store.recordFailure(account.id(), now, settings.accountFailuresBeforeDelay(), settings.accountFirstDelay().toSeconds(),
                    settings.accountLongestDelay().toSeconds());
            return SignInOutcome.wrong();
        }
        store.recordSuccess(account.id(), now);
        return SignInOutcome.signedIn(account);
    }

    /** Usernames that must wait somewhere now: for new places, or for some place's wrong passwords. */
    @Transactional
    public Set<String> waiting() {
        long now = clock.instant().getEpochSecond();
        Set<String> pairs = sources.waiting(now);
        return store.listOrderByUsername().stream()
                .filter(a -> a.blockedUntil() > now || pairs.contains(nameHash(a.username())))
                .map(Account::username).collect(Collectors.toSet());
    }

    /** Ends every wait of the account, everywhere; false if there is no such account. */
    @Transactional
    public boolean unlock(String username) {
        Optional<Account> account = store.findByUsername(normalise(username));
        account.ifPresent(a -> {
            store.clearFailures(a.id());
            sources.clear(nameHash(a.username()));
        });
        return account.isPresent();
    }

    /** Problems with a proposed account as interface-text keys; empty when it can be created. */
    @Transactional
    public List<String> problems(String username, String password) {
        String name = normalise(username);
        List<String> problems = new java.util.ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            problems.add("accounts.error.username_format");
        } else if (store.findByUsername(name).isPresent()) {
            problems.add("accounts.error.username_taken");
        }
        problems.addAll(passwordProblems(password));
        return problems;
    }

    public static List<String> passwordProblems(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return List.of("accounts.error.password_short");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return List.of("accounts.error.password_long");
        }
        return List.of();
    }

    @Transactional
    public void create(String username, String password, Role role) {
        create(username, password, role, null);
    }

    /** An account; {@code mvpId} is the MVP an MVP lead works for, and must be null for every other role. */
    @Transactional
    public void create(String username, String password, Role role, Long mvpId) {
        List<String> problems = problems(username, password);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot create account " + username + ": " + problems);
        }
        if ((role == Role.MVP_LEAD) != (mvpId != null)) {
            throw new IllegalArgumentException("An MVP lead, and only an MVP lead, belongs to an MVP");
        }
        store.save(Account.create(normalise(username), PasswordHasher.hash(password), role, LocalDate.now(clock), mvpId));
    }

    @Transactional
    public List<Account> accounts() {
        return store.listOrderByUsername();
    }

    /** The account a signed-in person uses. */
    @Transactional
    public Optional<Account> find(String username) {
        return store.findByUsername(normalise(username));
    }

    @Transactional
    public boolean exists(String username) {
        return store.findByUsername(normalise(username)).isPresent();
    }

    @Transactional
    public long count() {
        return store.count();
    }

    /** Typed names are kept only as pseudonyms: people sometimes type their password into the name field. */
    private String nameHash(String normalisedName) {
        return pseudonyms.of("sign-in-name", normalisedName);
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

}
