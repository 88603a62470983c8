package chorus.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import java.sql.ResultSet;
import java.sql.Timestamp;
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

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final SessionIdGenerator ids;
    private final Duration maxInactive;
    private final ExecutorService executor;
    private final Clock clock;

    DatabaseSessionStore(JdbcOperations jdbc, TransactionOperations<Connection> transactions, SessionIdGenerator ids,
                         SessionConfiguration configuration, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                         Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
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
        return async(() -> transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT attributes, created_at, last_accessed_at FROM staff_session WHERE id_hash = ? AND expires_at > ?", select -> {
                    select.setString(1, hash(id));
                    select.setTimestamp(2, Timestamp.from(now()));
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            return Optional.<StoredSession>empty();
                        }
                        StoredSession session = new StoredSession(id, row.getTimestamp(2).toInstant(), maxInactive);
                        session.setNew(false);
                        decode(row.getString(1)).forEach(session::put);
                        Instant lastAccessed = row.getTimestamp(3).toInstant();
                        session.setLastAccessedTime(lastAccessed);
                        // Loading the attributes is not a change; an old last access is, so the expiry moves on.
                        session.changed = lastAccessed.isBefore(now().minus(TOUCH));
                        return Optional.of(session);
                    }
                })));
    }

    @Override
    public CompletableFuture<Boolean> deleteSession(String id) {
        return async(() -> transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM staff_session WHERE id_hash = ?", delete -> {
                    delete.setString(1, hash(id));
                    return delete.executeUpdate() > 0;
                })));
    }

    /** One statement that inserts or replaces, so two instances saving one session at once cannot collide. */
    @Override
    public CompletableFuture<StoredSession> save(StoredSession session) {
        Instant now = now();
        return async(() -> transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT INTO staff_session (id_hash, attributes, created_at, last_accessed_at, expires_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE attributes = VALUES(attributes), last_accessed_at = VALUES(last_accessed_at),"
                        + " expires_at = VALUES(expires_at)", upsert -> {
                    upsert.setString(1, hash(session.getId()));
                    upsert.setString(2, encode(session));
                    upsert.setTimestamp(3, Timestamp.from(session.getCreationTime().truncatedTo(ChronoUnit.SECONDS)));
                    upsert.setTimestamp(4, Timestamp.from(now));
                    upsert.setTimestamp(5, Timestamp.from(now.plus(session.getMaxInactiveInterval())));
                    upsert.executeUpdate();
                    session.setNew(false);
                    session.changed = false;
                    return session;
                })));
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void purgeExpired() {
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM staff_session WHERE expires_at <= ?", delete -> {
            delete.setTimestamp(1, Timestamp.from(now()));
            return delete.executeUpdate();
        }));
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
