package chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What a survey costs a phone on a poor connection, in bytes on the wire: prints the figures and
 * holds the page-weight targets. Bytes, not times, so the assertions are deterministic.
 * Run with ./mvnw test -Dtest=PageWeightBenchmarkTest
 */
@MicronautTest(transactional = false)
class PageWeightBenchmarkTest {

    static final String SURVEY = "/s/maternity-experience";
    /** First visit: the start page and everything it loads. */
    static final int FIRST_VISIT_LIMIT = 40 * 1024;
    /** A later page, with the stylesheet already cached. */
    static final int LATER_PAGE_LIMIT = 8 * 1024;

    @Inject
    EmbeddedServer server;

    /** One answer as it crossed the wire, still compressed. */
    record Wire(HttpResponse<byte[]> raw) {

        int status() {
            return raw.statusCode();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** Status line, headers (name + ": " + value + CRLF each, and the blank line) and the body as sent. */
        long bytes() {
            long headers = raw.headers().map().entrySet().stream()
                    .mapToLong(h -> h.getValue().stream()
                            .mapToLong(v -> h.getKey().length() + v.length() + 4).sum())
                    .sum();
            return ("HTTP/1.1 " + raw.statusCode() + " OK\r\n").length() + headers + 2 + raw.body().length;
        }

        String text() {
            if (!"gzip".equals(header("Content-Encoding"))) {
                return new String(raw.body(), StandardCharsets.UTF_8);
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw.body()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Document html() {
            return Jsoup.parse(text());
        }
    }

    /** A phone: keeps cookies, follows no redirects, and asks for gzip but never decompresses for us. */
    final class Phone {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

        Wire get(String path) {
            return send(request(path).GET());
        }

        Wire post(String path, String form) {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(Duration.ofSeconds(20))
                    .header("Accept", "text/html,text/css,*/*")
                    .header("Accept-Encoding", "gzip");
        }

        private Wire send(HttpRequest.Builder request) {
            try {
                return new Wire(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void surveyPagesStayLightInEveryScript() {
        for (String lang : List.of("en", "en-x-easy", "ar", "bn")) {
            weigh(lang);
        }
    }

    private void weigh(String lang) {
        Phone phone = new Phone();

        Wire start = phone.get(SURVEY + "?lang=" + lang);
        assertEquals(200, start.status(), start.text());
        assertPage(start, lang);
        String href = start.html().selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/assets/chorus\\.[0-9a-f]{12}\\.css"), "stylesheet is fingerprinted: " + href);
        assertEquals(1, start.html().select("link[rel=stylesheet]").size(), "one stylesheet and nothing else to load");

        Wire css = phone.get(href);
        assertEquals(200, css.status());
        assertEquals("gzip", css.header("Content-Encoding"), "the stylesheet is compressed");
        assertEquals("public, max-age=31536000, immutable", css.header("Cache-Control"));
        assertTrue(css.header("Content-Type").startsWith("text/css"));

        Wire redirect = phone.post(SURVEY, "lang=" + lang);
        assertEquals(303, redirect.status(), redirect.text());
        String next = URI.create(redirect.header("Location")).getPath();
        assertEquals(SURVEY + "/p/start", next);
        Wire later = phone.get(next);
        assertEquals(200, later.status(), later.text());
        assertPage(later, lang);

        long first = start.bytes() + css.bytes();
        System.out.printf(Locale.ROOT, "Page weight: first visit %s = %s (HTML %s + CSS %s), later page %s = %s"
                        + " (uncompressed HTML %s, CSS %s)%n",
                lang, kb(first), kb(start.bytes()), kb(css.bytes()), lang, kb(later.bytes()),
                kb(later.text().getBytes(StandardCharsets.UTF_8).length), kb(css.text().getBytes(StandardCharsets.UTF_8).length));
        assertTrue(first <= FIRST_VISIT_LIMIT, "first visit in " + lang + " is " + kb(first));
        assertTrue(later.bytes() <= LATER_PAGE_LIMIT, "later page in " + lang + " is " + kb(later.bytes()));
    }

    /** Compressed, never cached (it shows what people typed), in the language asked, and with no script to run. */
    private static void assertPage(Wire page, String lang) {
        assertEquals("gzip", page.header("Content-Encoding"), "HTML is compressed");
        assertEquals("no-store", page.header("Cache-Control"));
        Document html = page.html();
        assertEquals(lang, html.selectFirst("html").attr("lang"));
        assertTrue(html.select("script").isEmpty(), "no script");
        for (Element link : html.select("link[href], img[src]")) {
            assertTrue(link.is("link[rel=stylesheet]"), "nothing else to load: " + link);
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

}
