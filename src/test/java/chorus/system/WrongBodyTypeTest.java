package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A body of a type our pages never send (JSON, text, XML or multipart to a form; a plain form to
 * a file upload) is a 415 with a page in the visitor's language, and nothing is saved. It used to
 * be a 500 with a stack trace.
 */
@MicronautTest(transactional = false)
class WrongBodyTypeTest {

    static final String TITLE = "Sorry, we could not read what was sent";

    /** Content type and a body of that type. */
    static final List<String[]> NOT_A_FORM = List.of(
            new String[] {"application/json", "{\"lang\":\"en\",\"username\":\"x\"}"},
            new String[] {"text/plain", "lang=en"},
            new String[] {"application/xml", "<form><lang>en</lang></form>"},
            new String[] {"text/xml; charset=utf-8", "<form/>"},
            new String[] {"multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n--b--\r\n"});

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;

    private WebClient browser() {
        return new WebClient(server.getURI()).header("Accept", "text/html");
    }

    @Test
    void publicFormsRefuseOtherBodiesWith415() {
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/s/maternity-experience", "/s/maternity-experience/p/birth", "/sign-in", "/kiosk")) {
            for (String[] body : NOT_A_FORM) {
                check(browser().postRaw(path, body[0], body[1]), path + " " + body[0], wrong);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void staffFormsRefuseOtherBodiesWith415AndSaveNothing() {
        WebClient admin = StaffSession.admin(server.getURI()).header("Accept", "text/html");
        String name = "json-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> wrong = new ArrayList<>();
        for (String[] body : NOT_A_FORM) {
            String json = body[0].equals("application/json")
                    ? "{\"username\":\"" + name + "\",\"password\":\"a long enough password\",\"role\":\"ANALYST\"}" : body[1];
            check(admin.postRaw("/admin/users", body[0], json), "/admin/users " + body[0], wrong);
            check(admin.postRaw("/mvp/events", body[0], body[1]), "/mvp/events " + body[0], wrong);
            check(admin.postRaw("/admin/staff/rounds", body[0], body[1]), "/admin/staff/rounds " + body[0], wrong);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertFalse(accounts.exists(name));
        assertEquals(200, admin.get("/admin").status(), "still signed in");
    }

    @Test
    void fileUploadsRefuseAPlainFormWith415() {
        WebClient admin = StaffSession.admin(server.getURI()).header("Accept", "text/html");
        String token = StaffSession.csrfToken(admin.get("/admin/translations"));
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/admin/translations/import", "/reports/wres/workforce/upload")) {
            check(admin.post(path, "csrfToken", token, "text", "interface", "lang", "pl", "file", "<xliff/>"), path, wrong);
            check(admin.postRaw(path, "application/json", "{}"), path + " json", wrong);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void thePageIsInTheVisitorsLanguage() {
        WebClient.Reply urdu = browser().header("Accept-Language", "ur").postRaw("/s/maternity-experience", "application/json", "{}");
        assertEquals(415, urdu.status());
        assertEquals("ur", urdu.html().selectFirst("html").attr("lang"));
        assertEquals("معذرت، جو بھیجا گیا ہم اسے پڑھ نہیں سکے", urdu.html().selectFirst("h1").text());
    }

    private static void check(WebClient.Reply reply, String request, List<String> wrong) {
        if (reply.status() != 415) {
            wrong.add(request + ": " + reply.status());
        } else if (reply.html().selectFirst("h1") == null || !TITLE.equals(reply.html().selectFirst("h1").text())) {
            wrong.add(request + ": " + reply.body());
        }
    }
}
