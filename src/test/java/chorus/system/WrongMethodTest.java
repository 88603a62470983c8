package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.LogCapture;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A method an address does not take (GET on a form's POST, PUT or TRACE anywhere) is a 405 with
 * an Allow header and a short page in the visitor's language, logged in one line; it used to be a
 * 500 with a stack trace, for anyone.
 */
@MicronautTest(transactional = false)
class WrongMethodTest {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND");
    static final String TITLE = "Sorry, this page cannot do that";

    /** Public addresses and what each takes, as its Allow header lists it. */
    static final Map<String, String> PUBLIC = Map.of(
            "/s/maternity-experience", "GET, HEAD, POST",
            "/s/maternity-experience/p/birth", "GET, HEAD, POST",
            "/s/maternity-experience/done", "GET, HEAD",
            "/s/maternity-experience/paper", "GET, HEAD",
            "/sign-in", "GET, HEAD, POST",
            "/sign-out", "POST",
            "/health", "GET, HEAD",
            "/kiosk", "GET, HEAD, POST",
            "/kiosk/end", "POST");

    static final Map<String, String> STAFF = Map.of(
            "/admin", "GET, HEAD",
            "/admin/users", "GET, HEAD, POST",
            "/admin/staff/rounds", "POST",
            "/admin/translations/import", "POST",
            "/data-entry/start", "POST",
            "/mvp/events", "GET, HEAD, POST",
            "/reports/representation", "GET, HEAD");

    @Inject
    EmbeddedServer server;

    private WebClient browser() {
        return new WebClient(server.getURI()).header("Accept", "text/html");
    }

    @Test
    void everyOtherMethodOnPublicAddressesIsA405WithAllow() {
        List<String> wrong = check(browser(), PUBLIC, false);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyOtherMethodOnStaffAddressesIsA405ForStaff() {
        List<String> wrong = check(StaffSession.admin(server.getURI()).header("Accept", "text/html"), STAFF, false);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Not signed in: a 405 (the same page anyone gets) or the way to the sign-in page, never a 500 or a staff page. */
    @Test
    void someoneNotSignedInLearnsNothingFromAWrongMethodOnAStaffAddress() {
        List<String> wrong = check(browser(), STAFF, true);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void thePageIsInTheVisitorsLanguage() {
        WebClient.Reply polish = browser().header("Accept-Language", "pl").send("PUT", "/sign-out");
        assertEquals(405, polish.status());
        assertEquals("Przepraszamy, ta strona tego nie obsługuje", polish.html().selectFirst("h1").text());
        assertEquals("pl", polish.html().selectFirst("html").attr("lang"));

        WebClient.Reply arabic = browser().get("/kiosk/end?lang=ar");
        assertEquals(405, arabic.status());
        assertEquals("ar", arabic.html().selectFirst("html").attr("lang"));
        assertEquals("rtl", arabic.html().selectFirst("html").attr("dir"));

        WebClient.Reply survey = browser().send("DELETE", "/s/maternity-experience");
        assertEquals(1, survey.html().select("main a[href='/s/maternity-experience']").size(),
                "on a survey's address, the way back to its start");
    }

    @Test
    void aRefusedMethodIsOneLineInTheLogWithoutAStackTrace() {
        try (LogCapture log = LogCapture.start()) {
            assertEquals(405, browser().get("/sign-out").status());
            List<String> lines = log.lines();
            assertEquals(1, lines.size(), log.text());
            assertTrue(lines.get(0).contains("Refused GET /sign-out with 405: allowed POST"), log.text());
        }
    }

    /** What is wrong with each answer, empty when every address answered every other method as it should. */
    private static List<String> check(WebClient client, Map<String, String> addresses, boolean mayRedirect) {
        List<String> wrong = new ArrayList<>();
        addresses.forEach((path, allowed) -> {
            for (String method : METHODS) {
                if (List.of(allowed.split(", ")).contains(method)) {
                    continue;
                }
                WebClient.Reply reply = client.send(method, path);
                String request = method + " " + path + ": ";
                if (mayRedirect && reply.status() == 303) {
                    if (!"/sign-in".equals(reply.location())) {
                        wrong.add(request + "redirected to " + reply.location());
                    }
                    continue;
                }
                if (reply.status() != 405) {
                    wrong.add(request + reply.status());
                    continue;
                }
                if (!allowed.equals(reply.header("Allow"))) {
                    wrong.add(request + "Allow: " + reply.header("Allow"));
                }
                if (!method.equals("HEAD")) {
                    Document page = reply.html();
                    if (!TITLE.equals(page.selectFirst("h1") == null ? null : page.selectFirst("h1").text())) {
                        wrong.add(request + "page " + reply.body());
                    }
                    if (!page.select("form[action=/sign-out]").isEmpty()) {
                        wrong.add(request + "shows who is signed in");
                    }
                }
                if (!"no-store".equals(reply.header("Cache-Control"))) {
                    wrong.add(request + "Cache-Control: " + reply.header("Cache-Control"));
                }
            }
        });
        return wrong;
    }

    @Test
    void theMethodsThatAreAllowedStillWork() {
        assertEquals(200, new WebClient(server.getURI()).get("/health").status());
        assertEquals(200, browser().send("HEAD", "/s/maternity-experience").status());
        assertNotEquals(405, browser().post("/sign-in").status());
        assertFalse(browser().get("/sign-in").body().isEmpty());
    }
}
