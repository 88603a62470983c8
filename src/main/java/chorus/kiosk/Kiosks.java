package chorus.kiosk;

import chorus.system.ChorusSettings;
import java.time.Clock;
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

    private final KioskRepository kiosks;
    private final Duration lifetime;
    private final Duration pageTimeout;
    private final Duration doneTimeout;
    private final boolean secureCookies;
    private final Clock clock;

    Kiosks(KioskRepository kiosks, Clock clock, KioskSettings settings, ChorusSettings chorus) {
        this.kiosks = kiosks;
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
        return kiosks.findRunning(hash(token.get()), now());
    }

    /** Starts a kiosk and returns the cookie that makes this device one. */
    @Transactional
    Cookie start(String surveyId, long eventId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        kiosks.save(new KioskRow(null, hash(token), surveyId, eventId, now().plus(lifetime)));
        return cookie(token).maxAge(lifetime);
    }

    /** Ends this device's kiosk on the server, and returns the cookie that clears it from the device. */
    @Transactional
    Cookie end(HttpRequest<?> request) {
        request.getCookies().findCookie(COOKIE).map(Cookie::getValue).ifPresent(token -> kiosks.deleteByTokenHash(hash(token)));
        return cookie("").maxAge(0);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "2m")
    @Transactional
    void purgeExpired() {
        kiosks.deleteByExpiresAtLessThanEquals(now());
    }

    private Cookie cookie(String value) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).secure(secureCookies).sameSite(SameSite.Lax);
    }

    /** Whole seconds: Connector/J drops fractions on MariaDB, so H2 must not keep them either. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
