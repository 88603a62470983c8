package chorus.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.HttpCookie;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A tablet at a listening event: a fresh start for each person, timeouts, and only staff of the event's MVP may start it. */
@MicronautTest(transactional = false)
class KioskTest {

    static final String PASSWORD = "kiosk-lead-password-1234";

    @Inject
    EmbeddedServer server;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    AccountService accounts;

    @Test
    void aKioskStoresEachPersonAtTheEventAndStartsAfreshForTheNext() {
        Lead lead = lead();
        String event = event(lead.mvp());
        WebClient tablet = kiosk(lead, event);

        // The lead is signed out on the tablet: staff pages need signing in again.
        WebClient.Reply staff = tablet.get("/admin");
        assertEquals(303, staff.status(), "the tablet must not stay signed in");
        assertEquals("/sign-in", staff.location());

        WebClient.Reply start = tablet.get(SurveyRun.BASE);
        assertEquals(200, start.status());
        assertNull(WebClient.hiddenFields(start.html()).get("event"), "the event comes from the device, not the page");
        assertFalse(start.html().select("a[href='/kiosk']").isEmpty(), "staff can find how to end kiosk mode");

        String first = answerEverything(tablet, "en");
        String draftBefore = draftCookie(tablet).orElseThrow();

        // The thank-you page: no trace of the draft, back to the start soon, with more time on offer.
        WebClient.Reply done = tablet.get(SurveyRun.BASE + "/done");
        assertEquals(200, done.status());
        assertEquals("20; url=" + SurveyRun.BASE, done.html().selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(done.html().select("main").text().contains("20 seconds"), "the time is said in words");
        assertNotNull(done.html().selectFirst(".kiosk-timeout a[href^='" + SurveyRun.BASE + "/done']"), "a control for more time");
        assertTrue(draftCookie(tablet).isEmpty(), "the draft cookie is cleared after submission");
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM draft WHERE token_hash = ?", sha256(draftBefore)));
        assertTrue(done.html().select("a[href*='/p/']").isEmpty(), "nothing links back into the answered pages");

        // "Back" into a question page shows nothing of the person before: it goes to the start.
        WebClient.Reply back = tablet.get(SurveyRun.BASE + "/p/overall");
        assertEquals(303, back.status());
        assertEquals(SurveyRun.BASE, back.location());

        // The next person gets a new draft, still at the event.
        String second = answerEverything(tablet, "pl");
        assertEquals(2, Database.count(jdbc, tx, "SELECT COUNT(*) FROM response r JOIN answer a ON a.response_id = r.id"
                + " JOIN listening_event e ON e.id = r.event_id WHERE r.channel = 'EVENT' AND e.reference = ?"
                + " AND a.question_id = 'do_better' AND a.text_value IN (?, ?)", event, first, second));
    }

    @Test
    void aQuestionPageLeftAloneGoesBackToTheStartAndTheDraftIsRemoved() {
        Lead lead = lead();
        WebClient tablet = kiosk(lead, event(lead.mvp()));
        SurveyRun run = new SurveyRun(tablet);
        WebClient.Reply page = run.start("en");
        assertEquals(303, run.post("start", "consent", "consent", "care_stage", "pregnant").status());
        page = run.remember(tablet.get(SurveyRun.BASE + "/p/pregnancy"));

        Element refresh = page.html().selectFirst("meta[http-equiv=refresh]");
        assertNotNull(refresh, "a kiosk question page goes back to the start by itself");
        assertEquals("180; url=" + SurveyRun.BASE + "/kiosk-reset", refresh.attr("content"));
        assertTrue(page.html().select(".kiosk-timeout").text().contains("3 minutes"), "the time is said in words");
        assertEquals(SurveyRun.BASE + "/p/pregnancy?more-time=1", page.html().selectFirst(".kiosk-timeout a").attr("href"),
                "more time reloads the page");
        WebClient.Reply longer = tablet.get(SurveyRun.BASE + "/p/pregnancy?more-time=1");
        assertEquals("1800; url=" + SurveyRun.BASE + "/kiosk-reset", longer.html().selectFirst("meta[http-equiv=refresh]").attr("content"),
                "ten times the time (WCAG 2.2.1)");
        assertTrue(longer.html().select(".kiosk-timeout").text().contains("30 minutes"));

        // The error state keeps the timeout too.
        WebClient.Reply invalid = run.post("pregnancy", "booking_weeks", "lots");
        assertEquals(422, invalid.status());
        assertNotNull(invalid.html().selectFirst("meta[http-equiv=refresh]"));
        assertNotNull(invalid.html().selectFirst(".kiosk-timeout a"));

        String token = draftCookie(tablet).orElseThrow();
        WebClient.Reply reset = tablet.get(SurveyRun.BASE + "/kiosk-reset");
        assertEquals(303, reset.status());
        assertEquals(SurveyRun.BASE, reset.location());
        assertTrue(draftCookie(tablet).isEmpty());
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM draft WHERE token_hash = ?", sha256(token)),
                "the abandoned draft is removed");
        WebClient.Reply again = run.start("en");
        assertEquals("start", SurveyRun.pageId(again));
        assertFalse(again.html().selectFirst("#consent-consent").hasAttr("checked"), "nothing of the person before");
    }

    @Test
    void pagesOutsideKioskModeHaveNoTimeout() {
        WebClient phone = new WebClient(server.getURI());
        WebClient.Reply page = new SurveyRun(phone).start("en");
        assertNull(page.html().selectFirst("meta[http-equiv=refresh]"));
        assertNull(page.html().selectFirst(".kiosk-timeout"));
        String token = draftCookie(phone).orElseThrow();
        assertEquals(303, phone.get(SurveyRun.BASE + "/kiosk-reset").status());
        assertEquals(token, draftCookie(phone).orElseThrow(), "only a kiosk throws a draft away");
    }

    @Test
    void aLeadCannotStartAKioskForAnotherMvpsEvent() {
        Lead lead = lead();
        Lead other = lead();
        String theirs = event(other.mvp());
        WebClient client = StaffSession.signIn(server.getURI(), lead.username(), PASSWORD);
        WebClient.Reply form = client.get("/kiosk");
        assertEquals(200, form.status());
        assertTrue(form.html().select("input[name=event][value=" + theirs + "]").isEmpty(), "another MVP's event is not offered");
        WebClient.Reply refused = client.post("/kiosk", "csrfToken", StaffSession.csrfToken(form),
                "survey", SurveyRun.SURVEY, "event", theirs);
        assertEquals(404, refused.status());
        assertNull(cookie(client, Kiosks.COOKIE).orElse(null));
    }

    @Test
    void anAdministratorMayUseAnyEventAndMissingChoicesAreShown() {
        Lead other = lead();
        String event = event(other.mvp());
        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply form = admin.get("/kiosk");
        assertFalse(form.html().select("input[name=event][value=" + event + "]").isEmpty());
        WebClient.Reply invalid = admin.post("/kiosk", "csrfToken", StaffSession.csrfToken(form), "survey", SurveyRun.SURVEY);
        assertEquals(422, invalid.status());
        assertEquals("#event", invalid.html().selectFirst(".error-summary a").attr("href"));
        assertTrue(invalid.html().title().startsWith("Error: "));
        WebClient.Reply started = admin.post("/kiosk", "csrfToken", StaffSession.csrfToken(form), "survey", SurveyRun.SURVEY,
                "event", event);
        assertEquals(303, started.status());
        assertTrue(cookie(admin, Kiosks.COOKIE).isPresent());
    }

    @Test
    void anEventRecordedWithoutAPlaceIsOffered() {
        Lead other = lead();
        String event = event(other.mvp());
        Database.update(jdbc, tx, "UPDATE listening_event SET place = NULL WHERE reference = ?", event);
        WebClient.Reply form = StaffSession.admin(server.getURI()).get("/kiosk");
        assertEquals(200, form.status(), "the place is optional on the event form, so the kiosk must list events without one");
        assertFalse(form.html().select("input[name=event][value=" + event + "]").isEmpty());
    }

    @Test
    void anonymousAndOtherRolesCannotStartAKiosk() {
        WebClient anonymous = new WebClient(server.getURI()).header("Accept", "text/html");
        WebClient.Reply form = anonymous.get("/kiosk");
        assertEquals(303, form.status());
        assertEquals("/sign-in", form.location());
        WebClient.Reply post = anonymous.post("/kiosk", "survey", SurveyRun.SURVEY, "event", "ANY");
        assertTrue(post.status() == 401 || post.status() == 403 || "/sign-in".equals(post.location()),
                "refused, not started: " + post.status() + " " + post.location());
        assertTrue(cookie(anonymous, Kiosks.COOKIE).isEmpty());

        String analyst = "kiosk-analyst-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(analyst, PASSWORD, Role.ANALYST);
        WebClient.Reply refused = StaffSession.signIn(server.getURI(), analyst, PASSWORD).get("/kiosk");
        assertEquals(403, refused.status());
    }

    @Test
    void endingKioskModeNeedsSigningInAgain() {
        Lead lead = lead();
        WebClient tablet = kiosk(lead, event(lead.mvp()));
        tablet.header("Accept", "text/html");
        assertEquals("/sign-in", tablet.get("/kiosk").location());
        assertEquals(303, StaffSession.trySignIn(tablet, lead.username(), PASSWORD).status());
        WebClient.Reply page = tablet.get("/kiosk");
        assertFalse(page.html().select("form[action='/kiosk/end']").isEmpty(), "the device shows it is a kiosk");
        WebClient.Reply ended = tablet.post("/kiosk/end", "csrfToken", StaffSession.csrfToken(page));
        assertEquals(303, ended.status());
        assertTrue(cookie(tablet, Kiosks.COOKIE).isEmpty());
        WebClient.Reply start = tablet.get(SurveyRun.BASE);
        assertTrue(start.html().select("a[href='/kiosk']").isEmpty(), "no longer a kiosk");
    }

    private String answerEverything(WebClient tablet, String lang) {
        String marker = UUID.randomUUID().toString();
        SurveyRun run = new SurveyRun(tablet);
        WebClient.Reply first = run.start(lang);
        assertEquals("start", SurveyRun.pageId(first));
        assertFalse(first.html().selectFirst("#consent-consent").hasAttr("checked"), "a fresh draft for each person");
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.put("overall", new String[] {"fft", "good", "do_better", marker});
        WebClient.Reply last = run.finish(first, answers);
        assertEquals(SurveyRun.BASE + "/done", last.location());
        return marker;
    }

    private WebClient kiosk(Lead lead, String event) {
        WebClient client = StaffSession.signIn(server.getURI(), lead.username(), PASSWORD);
        WebClient.Reply form = client.get("/kiosk");
        assertEquals(200, form.status(), form.body());
        assertFalse(form.html().select("input[name=event][value=" + event + "]").isEmpty(), "the lead's own event is offered");
        WebClient.Reply started = client.post("/kiosk", "csrfToken", StaffSession.csrfToken(form),
                "survey", SurveyRun.SURVEY, "event", event);
        assertEquals(303, started.status(), started.body());
        assertEquals(SurveyRun.BASE, started.location());
        return client;
    }

    record Lead(String username, long mvp) {
    }

    private Lead lead() {
        String code = UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, ?)", code, "MVP " + code);
        long mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", code);
        String username = "kiosk-lead-" + code;
        accounts.create(username, PASSWORD, Role.MVP_LEAD, mvp);
        return new Lead(username, mvp);
    }

    private String event(long mvp) {
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        Database.update(jdbc, tx, "INSERT INTO listening_event (mvp_id, reference, kind, held_on, place, attendance)"
                + " VALUES (?, ?, 'LISTENING_EVENT', CURRENT_DATE, 'Community centre', 20)", mvp, reference);
        return reference;
    }

    private static Optional<String> draftCookie(WebClient client) {
        return cookie(client, "chorus-draft-" + SurveyRun.SURVEY);
    }

    private static Optional<String> cookie(WebClient client, String name) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name) && !c.hasExpired() && !c.getValue().isEmpty())
                .map(HttpCookie::getValue).findFirst();
    }

    private static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
