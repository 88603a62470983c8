package chorus.kiosk;

import chorus.system.ChorusSettings;
import java.time.Clock;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Kiosk mode belongs to the device, not to a person: an HttpOnly cookie with a random token whose
 * hash names a row of {@code kiosk}. The staff session that started it is ended at once, so the
 * public never gets a signed-in browser; the cookie alone grants nothing but answering one survey
 * for one event.
 */
@Singleton
public class Kiosks {

    public static final String COOKIE = "chorus-kiosk";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcOperations jdbc;
    private final Duration lifetime;
    private final Duration pageTimeout;
    private final Duration doneTimeout;
    private final boolean secureCookies;
    private final Clock clock;

    Kiosks(JdbcOperations jdbc, Clock clock, KioskSettings settings, ChorusSettings chorus) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = settings.lifetime();
        this.pageTimeout = Duration.ofSeconds(settings.pageSeconds());
        this.doneTimeout = Duration.ofSeconds(settings.doneSeconds());
        this.secureCookies = chorus.secureCookies();
    }

    /** How long a question page waits, untouched, before it goes back to the start. */
    public Duration pageTimeout() {
        return pageTimeout;
    }

    /** How long the thank-you page stays before the next person's start page. */
    public Duration doneTimeout() {
        return doneTimeout;
    }

    /** The kiosk this device runs, if any and still valid. */
    @Transactional
    public Optional<Kiosk> of(HttpRequest<?> request) {
        Optional<String> token = request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
        if (token.isEmpty() || token.get().length() > 100) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("SELECT k.survey_id, k.event_id, e.reference FROM kiosk k"
                + " JOIN listening_event e ON e.id = k.event_id WHERE k.token_hash = ? AND k.expires_at > ?", select -> {
                    select.setString(1, hash(token.get()));
                    select.setTimestamp(2, now());
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? Optional.of(new Kiosk(row.getString(1), row.getLong(2), row.getString(3)))
                                : Optional.empty();
                    }
                });
    }

    /** Starts a kiosk and returns the cookie that makes this device one. */
    @Transactional
    Cookie start(String surveyId, long eventId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.prepareStatement("INSERT INTO kiosk (token_hash, survey_id, event_id, expires_at) VALUES (?, ?, ?, ?)", insert -> {
            insert.setString(1, hash(token));
            insert.setString(2, surveyId);
            insert.setLong(3, eventId);
            insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(clock).plus(lifetime).truncatedTo(ChronoUnit.SECONDS)));
            return insert.executeUpdate();
        });
        return cookie(token).maxAge(lifetime);
    }

    /** Ends this device's kiosk on the server, and returns the cookie that clears it from the device. */
    @Transactional
    Cookie end(HttpRequest<?> request) {
        request.getCookies().findCookie(COOKIE).map(Cookie::getValue).ifPresent(token ->
                jdbc.prepareStatement("DELETE FROM kiosk WHERE token_hash = ?", delete -> {
                    delete.setString(1, hash(token));
                    return delete.executeUpdate();
                }));
        return cookie("").maxAge(0);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "2m")
    @Transactional
    void purgeExpired() {
        jdbc.prepareStatement("DELETE FROM kiosk WHERE expires_at <= ?", delete -> {
            delete.setTimestamp(1, now());
            return delete.executeUpdate();
        });
    }

    private Cookie cookie(String value) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).secure(secureCookies).sameSite(SameSite.Lax);
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
