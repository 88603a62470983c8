package chorus.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.InMemorySession;
import io.micronaut.session.InMemorySessionStore;
import io.micronaut.session.SessionConfiguration;
import io.micronaut.session.SessionIdGenerator;
import io.micronaut.session.SessionStore;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff sessions in the shared database instead of one server's memory: two instances behind any
 * load balancer need no sticky sessions, and restarting one signs nobody out. A session holds only
 * strings (the CSRF token) and who is signed in (name and roles); anything else is not kept, so
 * nothing is ever deserialised from the table. Public survey pages never create a session.
 */
@Singleton
@Replaces(InMemorySessionStore.class)
public class DatabaseSessionStore implements SessionStore<DatabaseSessionStore.StoredSession> {

    /** A session whose changes are saved: new, changed, or last saved more than a minute ago. */
    public static final class StoredSession extends InMemorySession {

        private boolean changed;

        StoredSession(String id, Instant created, Duration maxInactive) {
            super(id, created, maxInactive);
        }

        @Override
        public io.micronaut.core.convert.value.MutableConvertibleValues<Object> put(CharSequence key, Object value) {
            changed = true;
            return super.put(key, value);
        }

        @Override
        public io.micronaut.core.convert.value.MutableConvertibleValues<Object> remove(CharSequence key) {
            changed = true;
            return super.remove(key);
        }

        @Override
        public io.micronaut.core.convert.value.MutableConvertibleValues<Object> clear() {
            changed = true;
            return super.clear();
        }

        @Override
        public boolean isModified() {
            return isNew() || changed;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSessionStore.class);
    private static final String AUTHENTICATION = "micronaut.AUTHENTICATION";
    /** Within this, a visit does not move the expiry: spares a write on every signed-in request. */
    private static final Duration TOUCH = Duration.ofMinutes(1);

    private final StaffSessionRepository sessions;
    private final TransactionOperations<Connection> transactions;
    private final SessionIdGenerator ids;
    private final Duration maxInactive;
    private final ExecutorService executor;
    private final Clock clock;

    DatabaseSessionStore(StaffSessionRepository sessions, TransactionOperations<Connection> transactions, SessionIdGenerator ids,
                         SessionConfiguration configuration, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                         Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.transactions = transactions;
        this.ids = ids;
        this.maxInactive = configuration.getMaxInactiveInterval();
        this.executor = executor;
    }

    @Override
    public StoredSession newSession() {
        return new StoredSession(ids.generateId(), now(), maxInactive);
    }

    @Override
    public CompletableFuture<Optional<StoredSession>> findSession(String id) {
        return async(() -> transactions.executeRead(status -> sessions.findByIdHashAndExpiresAtGreaterThan(hash(id), now()).map(row -> {
            StoredSession session = new StoredSession(id, row.createdAt(), maxInactive);
            session.setNew(false);
            decode(row.attributes()).forEach(session::put);
            session.setLastAccessedTime(row.lastAccessedAt());
            // Loading the attributes is not a change; an old last access is, so the expiry moves on.
            session.changed = row.lastAccessedAt().isBefore(now().minus(TOUCH));
            return session;
        })));
    }

    @Override
    public CompletableFuture<Boolean> deleteSession(String id) {
        return async(() -> transactions.executeWrite(status -> sessions.deleteByIdHash(hash(id)) > 0));
    }

    @Override
    public CompletableFuture<StoredSession> save(StoredSession session) {
        Instant now = now();
        return async(() -> transactions.executeWrite(status -> {
            sessions.upsert(hash(session.getId()), encode(session), session.getCreationTime().truncatedTo(ChronoUnit.SECONDS), now,
                    now.plus(session.getMaxInactiveInterval()));
            session.setNew(false);
            session.changed = false;
            return session;
        }));
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void purgeExpired() {
        transactions.executeWrite(status -> {
            sessions.deleteByExpiresAtLessThanEquals(now());
            return null;
        });
    }

    /** Each attribute on a line: key, a type letter and the value, percent-encoded. */
    static String encode(InMemorySession session) {
        List<String> lines = new ArrayList<>();
        for (String name : session.names()) {
            Object value = session.get(name).orElse(null);
            if (value instanceof String text) {
                lines.add(url(name) + " s " + url(text));
            } else if (value instanceof Authentication user) {
                lines.add(url(name) + " a " + url(user.getName()) + " " + url(String.join(",", user.getRoles())));
            } else if (value != null) {
                LOG.warn("A session attribute of type {} is not kept", value.getClass().getName());
            }
        }
        return String.join("\n", lines);
    }

    static Map<String, Object> decode(String text) {
        Map<String, Object> attributes = new java.util.LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length >= 3 && parts[1].equals("s")) {
                attributes.put(plain(parts[0]), plain(parts[2]));
            } else if (parts.length >= 3 && parts[1].equals("a")) {
                String roles = parts.length > 3 ? plain(parts[3]) : "";
                attributes.put(plain(parts[0]), Authentication.build(plain(parts[2]),
                        roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","))));
            }
        }
        return attributes;
    }

    private <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String plain(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
