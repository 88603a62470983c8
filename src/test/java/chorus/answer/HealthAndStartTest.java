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
}
