package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A string missing in a language is shown in English, marked lang="en" so screen readers switch voice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FallbackToEnglishTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path copy = Files.createTempDirectory("chorus-translations");
            try (Stream<Path> files = Files.walk(Path.of("translations"))) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(Path.of("translations").relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            dropLine(copy.resolve("ui/pl.yml"), "survey.start_button:");
            dropLine(copy.resolve("surveys/maternity-experience/pl.yml"), "title:");
            return Map.of("chorus.translations-dir", copy.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropLine(Path file, String prefix) throws IOException {
        String kept = String.join("\n", Files.readAllLines(file).stream().filter(l -> !l.startsWith(prefix)).toList());
        Files.writeString(file, kept + "\n");
    }

    @Test
    void missingTextIsEnglishAndMarkedSo() {
        Document page = new WebClient(server.getURI()).get("/s/maternity-experience?lang=pl").html();
        assertEquals("pl", page.selectFirst("html").attr("lang"));
        assertEquals("Start now", page.selectFirst("main button").text());
        assertEquals("en", page.selectFirst("main button").attr("lang"));
        assertEquals("Tell us about your maternity care", page.selectFirst("h1").text());
        assertEquals("en", page.selectFirst("h1").attr("lang"));
        assertNull(page.selectFirst("p.lead").attributes().get("lang").isEmpty() ? null : "marked",
                "translated text carries no lang of its own");
    }
}
