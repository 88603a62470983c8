package chorus.account;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates accounts and checks passwords, locking an account after repeated wrong passwords. */
@Singleton
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final AccountStore store;
    private final Clock clock;

    AccountService(AccountStore store) {
        this.store = store;
        this.clock = Clock.systemDefaultZone();
    }

    /** The account, if the password is right and the account is not locked. */
    @Transactional
    public Optional<Account> signIn(String username, String password) {
        Optional<Account> found = store.find(normalise(username));
        if (found.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
            PasswordHasher.matches(password, PasswordHasher.UNMATCHABLE);
            return Optional.empty();
        }
        Account account = found.get();
        LocalDateTime now = now();
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            PasswordHasher.matches(password, PasswordHasher.UNMATCHABLE);
            return Optional.empty();
        }
        if (PasswordHasher.matches(password, account.passwordHash())) {
            store.recordSignIn(account.id(), 0, null);
            return found;
        }
        int failures = account.failedSignIns() + 1;
        boolean lock = failures >= FAILURES_BEFORE_LOCK;
        store.recordSignIn(account.id(), lock ? 0 : failures, lock ? now.plus(LOCK) : null);
        return Optional.empty();
    }

    /** Problems with a proposed account as interface-text keys; empty when it can be created. */
    @Transactional
    public List<String> problems(String username, String password) {
        String name = normalise(username);
        List<String> problems = new java.util.ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            problems.add("accounts.error.username_format");
        } else if (store.find(name).isPresent()) {
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
        store.insert(normalise(username), PasswordHasher.hash(password), role, LocalDate.now(clock), mvpId);
    }

    /** Username to the MVP id of each MVP lead. */
    @Transactional
    public java.util.Map<String, Long> mvpOfLeads() {
        return store.mvpOfLeads();
    }

    @Transactional
    public List<Account> accounts() {
        return store.all();
    }

    @Transactional
    public boolean exists(String username) {
        return store.find(normalise(username)).isPresent();
    }

    @Transactional
    public long count() {
        return store.count();
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
