package chorus.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A survey whose run-by.yml gives a closing date takes answers until the end of that day. After it,
 * the start page says it has closed and starts no new answers; someone who began before may finish.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosingDateTest implements TestPropertyProvider {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String BASE = "/s/maternity-experience";
    /** The clock the test moves on, from the closing day to the day after. */
    static final AtomicReference<Instant> NOW = new AtomicReference<>(ZonedDateTime.of(2026, 6, 30, 12, 0, 0, 0, LONDON).toInstant());

    @Inject
    EmbeddedServer server;

    @MockBean(Clock.class)
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return LONDON;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(NOW.get(), zone);
            }

            @Override
            public Instant instant() {
                return NOW.get();
            }
        };
    }

    @Override
    public Map<String, String> getProperties() {
        try {
            Path copy = Files.createTempDirectory("chorus-surveys");
            try (Stream<Path> files = Files.walk(Path.of("surveys"))) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(Path.of("surveys").relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Path runBy = copy.resolve("maternity-experience/run-by.yml");
            Files.writeString(runBy, Files.readString(runBy) + "\ncloses: 2026-06-30\n");
            return Map.of("chorus.surveys-dir", copy.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theClosingDayStillTakesAnswersAndTheDayAfterOnlyFinishesThoseBegun() {
        WebClient early = new WebClient(server.getURI());
        Document open = early.get(BASE + "?lang=en").html();
        assertTrue(open.selectFirst(".run-by").text().contains("Open until 30 June 2026"), open.selectFirst(".run-by").text());
        WebClient.Reply begun = early.post(BASE, "lang", "en");
        assertEquals(BASE + "/p/start", begun.header("Location"), "the closing day itself still counts");

        NOW.set(ZonedDateTime.of(2026, 7, 1, 9, 0, 0, 0, LONDON).toInstant());
        try {
            WebClient late = new WebClient(server.getURI());
            Document closed = late.get(BASE + "?lang=en").html();
            assertTrue(closed.text().contains("This survey closed on 30 June 2026"), closed.text());
            assertNull(closed.selectFirst("main form button"), "no start button once closed");
            WebClient.Reply refused = late.post(BASE, "lang", "en");
            assertEquals(BASE + "?lang=en", refused.header("Location"), "no new answers: back to the page that says it has closed");
            assertFalse(late.cookies().getCookieStore().getCookies().stream().anyMatch(c -> c.getName().startsWith("chorus-draft")),
                    "and no draft begun");

            Document resume = early.get(BASE + "?lang=en").html();
            assertNotNull(resume.selectFirst("main form button"), "someone who began before may go back to their answers");
            assertEquals(BASE + "/p/start", early.post(BASE, "lang", "en").header("Location"));
        } finally {
            NOW.set(ZonedDateTime.of(2026, 6, 30, 12, 0, 0, 0, LONDON).toInstant());
        }
    }
}
