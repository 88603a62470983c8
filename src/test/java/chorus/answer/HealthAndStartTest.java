package chorus.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class HealthAndStartTest {

    @Inject
    EmbeddedServer server;

    @Test
    void healthAnswersWhileTheDatabaseDoes() {
        WebClient.Reply reply = new WebClient(server.getURI()).get("/health");
        assertEquals(200, reply.status());
        assertEquals("{\"status\":\"UP\"}", reply.body());
    }

    @Test
    void startPageIsInTheLanguageAsked() {
        WebClient.Reply reply = new WebClient(server.getURI()).get("/s/maternity-experience?lang=ur");
        assertEquals(200, reply.status());
        assertEquals("rtl", reply.html().selectFirst("html").attr("dir"));
        assertEquals("ur", reply.html().selectFirst("html").attr("lang"));
    }

    @Test
    void pagesForbidFramingScriptsAndSniffing() {
        WebClient.Reply reply = new WebClient(server.getURI()).get("/s/maternity-experience");
        assertEquals("DENY", reply.header("X-Frame-Options"));
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("same-origin", reply.header("Referrer-Policy"), "no-referrer would make forms send Origin: null, which is refused");
        assertEquals(true, reply.header("Content-Security-Policy").startsWith("default-src 'none'"));
        assertEquals(false, reply.raw().headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("chorus-session=")),
                "no session is made for someone answering a survey");
    }

    @Test
    void everyPageNamesItsCharsetWhateverTheBrowserAccepts() {
        for (String accept : new String[] {"text/html", "*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}) {
            for (String path : new String[] {"/s/maternity-experience?lang=ur", "/sign-in", "/no-such-page"}) {
                WebClient.Reply reply = new WebClient(server.getURI()).header("Accept", accept).get(path);
                assertEquals("text/html;charset=utf-8", reply.header("Content-Type").toLowerCase(java.util.Locale.ROOT)
                        .replace(" ", ""), path + " with Accept: " + accept);
            }
        }
    }

    @Test
    void theChorusTemplatePrefixIsNotLeftOnThePage() {
        String page = new WebClient(server.getURI()).get("/s/maternity-experience").body();
        assertEquals(false, page.contains("xmlns:chorus"), "an undeclared namespace attribute makes the HTML invalid");
        assertEquals(false, page.contains("chorus:text"), "every chorus:text is processed");
    }
}
