package chorus.web;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.StaffSession;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Text answers are gzipped for phones that ask; only the fingerprinted stylesheet may be kept for long. */
@MicronautTest(transactional = false)
class CompressionAndCachingTest {

    @Inject
    EmbeddedServer server;

    private WebClient gzipPhone() {
        return new WebClient(server.getURI()).header("Accept-Encoding", "gzip");
    }

    @Test
    void htmlAndStylesheetAreGzippedWhenAskedAndPlainOtherwise() {
        WebClient.Reply page = gzipPhone().get(SurveyRun.BASE);
        assertEquals("gzip", page.header("Content-Encoding"));
        assertEquals("no-store", page.header("Cache-Control"));
        assertEquals("gzip", gzipPhone().get(Stylesheet.href()).header("Content-Encoding"));

        WebClient.Reply plain = new WebClient(server.getURI()).get(SurveyRun.BASE);
        assertNull(plain.header("Content-Encoding"), "no gzip for a client that did not ask");
        assertEquals(List.of(Stylesheet.href()), plain.html().select("link[rel=stylesheet]").eachAttr("href"),
                "people answering download the public stylesheet only");
    }

    @Test
    void staffPagesAddTheStaffStylesheetUnderItsOwnFingerprint() {
        WebClient admin = StaffSession.admin(server.getURI());
        assertEquals(List.of(Stylesheet.href(), Stylesheet.staffHref()),
                admin.get("/admin").html().select("link[rel=stylesheet]").eachAttr("href"));
        WebClient.Reply staff = new WebClient(server.getURI()).get(Stylesheet.staffHref());
        assertEquals(200, staff.status());
        assertEquals(StylesheetController.IMMUTABLE, staff.header("Cache-Control"));
        assertTrue(staff.body().contains(".report-table"), "the report styles are in it");
        assertFalse(new WebClient(server.getURI()).get(Stylesheet.href()).body().contains(".report-table"),
                "and not in the public one");
        assertEquals(StylesheetController.STALE,
                new WebClient(server.getURI()).get("/assets/staff.000000000000.css").header("Cache-Control"));
    }

    @Test
    void theCsvExportIsGzippedWhenAsked() {
        SurveyRun run = new SurveyRun(new WebClient(server.getURI()));
        run.finish(run.start("en"), SurveyRun.everyPage());
        WebClient.Reply download = StaffSession.admin(server.getURI()).header("Accept-Encoding", "gzip")
                .get("/admin/surveys/maternity-experience/responses.csv");
        assertEquals(200, download.status());
        assertEquals("gzip", download.header("Content-Encoding"));
    }

    @Test
    void onlyTheCurrentFingerprintIsImmutable() {
        WebClient anonymous = new WebClient(server.getURI());
        WebClient.Reply current = anonymous.get(Stylesheet.href());
        assertEquals(200, current.status());
        assertEquals("public, max-age=31536000, immutable", current.header("Cache-Control"));
        assertTrue(current.header("Content-Type").startsWith("text/css"));

        WebClient.Reply stale = anonymous.get("/assets/chorus.000000000000.css");
        assertEquals(200, stale.status(), "a page opened before a release still gets styles");
        assertEquals(current.body(), stale.body());
        assertEquals(StylesheetController.STALE, stale.header("Cache-Control"));

        WebClient.Reply unhashed = anonymous.get("/assets/chorus.css");
        assertEquals(200, unhashed.status());
        assertEquals(current.body(), unhashed.body());
        assertNotEquals(StylesheetController.IMMUTABLE, unhashed.header("Cache-Control"));
        System.out.println("Unhashed stylesheet Cache-Control: " + unhashed.header("Cache-Control"));
    }
}
