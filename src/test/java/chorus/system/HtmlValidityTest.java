package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Language;
import chorus.i18n.Translations;
import chorus.support.HtmlValidity;
import chorus.support.StaffSession;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page as Chorus serves it passes the Nu HTML checker with no error: the survey in every
 * language from start to thank-you (a page with errors and check-your-answers included), the paper
 * form, and the staff pages. The browser tests check the same pages for accessibility.
 */
@MicronautTest(transactional = false)
class HtmlValidityTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Translations translations;

    private final List<String> problems = new ArrayList<>();
    private int pages;

    private WebClient checked(WebClient client) {
        return client.onReply(this::check);
    }

    private void check(WebClient.Reply reply) {
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        pages++;
        List<String> errors = HtmlValidity.errors(reply.body());
        if (!errors.isEmpty()) {
            problems.add(reply.raw().uri().getPath() + "?" + reply.raw().uri().getQuery() + " (" + reply.status() + "): " + errors);
        }
    }

    @Test
    void theCheckerFindsWhatMadeEveryPageInvalidBefore() {
        String valid = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body><p>x</p></body></html>";
        assertTrue(HtmlValidity.errors(valid).isEmpty(), HtmlValidity.errors(valid).toString());
        List<String> errors = HtmlValidity.errors(valid.replace("<html lang", "<html xmlns:chorus=\"http://chorus\" lang"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("xmlns:chorus")), errors.toString());
        assertTrue(!HtmlValidity.errors(valid.replace("<p>x</p>", "<ul><p>x</p></ul>")).isEmpty(), "a p inside a ul");
        // One checker serves every page: nothing of one page may be held against the next.
        String withId = valid.replace("<p>x</p>", "<p id=\"a\">x</p>");
        assertEquals(List.of(), HtmlValidity.errors(withId));
        assertEquals(List.of(), HtmlValidity.errors(withId), "the same id on another page is no duplicate");
        assertEquals(1, HtmlValidity.errors(withId.replace("</body>", "<p id=\"a\">y</p></body>")).size(), "a duplicate id on one page");
        assertEquals(List.of(), HtmlValidity.errors(valid), "after a page with errors, a valid page has none");
    }

    @Test
    void theSurveyIsValidHtmlInEveryLanguageFromStartToThankYou() {
        for (Language language : translations.languages()) {
            SurveyRun run = new SurveyRun(checked(new WebClient(server.getURI())));
            WebClient.Reply first = run.start(language.tag());
            // The first page asks for consent: sent without it, it comes back with its errors.
            assertEquals(422, run.post(SurveyRun.pageId(first)).status());
            WebClient.Reply sent = run.finish(first, SurveyRun.everyPage());
            run.client().get(sent.location());
            checked(new WebClient(server.getURI())).get("/s/" + SurveyRun.SURVEY + "/paper?lang=" + language.tag());
            checked(new WebClient(server.getURI())).get("/s/about-you/paper?lang=" + language.tag());
        }
        assertTrue(problems.isEmpty(), pages + " pages checked; invalid:\n" + String.join("\n", problems));
        assertTrue(pages > 10 * translations.languages().size(), "every page of the survey was checked: " + pages);
    }

    @Test
    void staffPagesAreValidHtml() {
        WebClient admin = checked(StaffSession.admin(server.getURI()));
        for (String path : List.of("/admin", "/admin/users", "/admin/mvps", "/admin/staff", "/admin/staff/codes", "/admin/audit",
                "/admin/translations", "/mvp/events", "/mvp/events/new", "/data-entry", "/reports", "/reports/representation",
                "/reports/results", "/reports/results/" + SurveyRun.SURVEY, "/reports/wres", "/reports/wres/workforce",
                "/no-such-page", "/admin?lang=ar", "/reports/representation?lang=ur")) {
            admin.get(path);
        }
        checked(new WebClient(server.getURI())).get("/sign-in");
        assertTrue(problems.isEmpty(), pages + " pages checked; invalid:\n" + String.join("\n", problems));
        assertTrue(pages >= 20, "pages checked: " + pages);
    }
}
