package chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Translations;
import chorus.support.WebClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page whose template fails while rendering answers the error page at once, in the person's
 * language, never a connection left hanging or half a page: rendering finishes before anything is sent.
 */
@MicronautTest(transactional = false)
class RenderFailureTest {

    /** Renders a template that reads a model value that is not there; exists only in tests. */
    @Requires(env = "test")
    @Controller("/test-only/broken")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class BrokenController {

        private final Translations translations;

        BrokenController(Translations translations) {
            this.translations = translations;
        }

        record Nothing() {
        }

        @Get
        MutableHttpResponse<?> page() {
            return Views.render(HttpStatus.OK, "broken/page", Layout.of(translations.texts(translations.source()), List.of()),
                    new Nothing());
        }
    }

    @Inject
    EmbeddedServer server;

    @Test
    void aTemplateThatFailsGivesTheErrorPageAtOnce() {
        WebClient.Reply reply = new WebClient(server.getURI()).get("/test-only/broken");
        assertEquals(500, reply.status());
        assertTrue(String.valueOf(reply.header("Content-Type")).startsWith("text/html"), String.valueOf(reply.header("Content-Type")));
        assertFalse(reply.body().contains("Exception"), "no stack trace or exception name on the page");
        assertTrue(reply.html().select("h1").text().length() > 0, reply.body());
    }
}
