package chorus.answer;

import static chorus.support.SurveyRun.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Database;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Check your answers before sending them (the GOV.UK pattern), without JavaScript: every answer in
 * the person's language with a link to change it; a change comes back to the check page, through any
 * page the change brings in; nothing is stored until the answers are sent.
 */
@MicronautTest(transactional = false)
class CheckAnswersTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void everyAnswerIsShownWithAChangeLinkAndAChangeComesBackHereThroughAnyPageItBringsIn() {
        String marker = UUID.randomUUID().toString();
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.put("language", new String[] {"needed_interpreter", "no"});
        answers.put("overall", new String[] {"fft", "good", "do_better", marker});
        SurveyRun run = new SurveyRun(new WebClient(server.getURI()));
        WebClient.Reply page = run.start("pl");
        while (!SurveyRun.pageId(page).equals(SurveyRun.CHECK)) {
            String pageId = SurveyRun.pageId(page);
            page = run.remember(run.client().follow(run.post(pageId, answers.getOrDefault(pageId, new String[0]))));
        }
        assertEquals(0, stored(marker), "nothing is stored before the answers are sent");
        Document check = page.html();
        assertEquals("Sprawdź odpowiedzi przed wysłaniem", check.selectFirst("h1").text());
        assertEquals(List.of("Dobrze"), answer(check, "fft"), "an option in the person's language");
        assertEquals(List.of(marker), answer(check, "do_better"), "their own words as they typed them");
        assertEquals("auto", check.selectFirst("#check-do_better dd span").attr("dir"), "their words keep their own direction");
        assertEquals(List.of("Pakistańska", "Pakistani Punjabi"), answer(check, "ethnicity"), "the category and their own words");
        assertEquals(List.of("Bez odpowiedzi"), answer(check, "births_count"));
        assertTrue(check.select("#check-interpreter_provided").isEmpty(), "a page not shown has no answers to check");

        // Change "needed an interpreter" to yes: the interpreters page comes in, then back to checking.
        String change = check.selectFirst("#check-needed_interpreter a").attr("href");
        assertEquals(BASE + "/p/language?return=check#needed_interpreter-yes", change);
        WebClient.Reply language = run.remember(run.client().get(change.substring(0, change.indexOf('#'))));
        assertEquals(BASE + "/check", language.html().selectFirst("a.back-link").attr("href"), "back goes to checking");
        WebClient.Reply saved = run.post("language", "needed_interpreter", "yes", "return", "check");
        assertEquals(BASE + "/p/interpreters?return=check", saved.header("Location"), "the page the change brings in");
        saved = run.post("interpreters", "interpreter_provided", "sometimes", "return", "check");
        assertEquals(BASE + "/check", saved.location());
        check = run.remember(run.client().get(saved.location())).html();
        assertEquals(List.of("Tak"), answer(check, "needed_interpreter"));
        assertEquals(List.of("Czasami"), answer(check, "interpreter_provided"));

        assertEquals(BASE + "/done", run.post(SurveyRun.CHECK).location());
        assertEquals(1, stored(marker));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer a JOIN answer m ON m.response_id = a.response_id"
                + " WHERE m.text_value = ? AND a.question_id = 'interpreter_provided' AND a.option_value = 'sometimes'", marker));
        assertEquals(BASE + "/done", run.client().get(BASE + "/check").location(), "sent answers cannot be checked again");
    }

    @Test
    void theCheckPageWaitsUntilEveryPageIsAnswered() {
        SurveyRun run = new SurveyRun(new WebClient(server.getURI()));
        run.start("en");
        run.post("start", SurveyRun.everyPage().get("start"));
        WebClient.Reply early = run.client().get(BASE + "/check");
        assertEquals(303, early.status());
        assertEquals(BASE + "/p/pregnancy", early.location(), "the first page not answered yet");
        WebClient.Reply sent = run.post(SurveyRun.CHECK);
        assertEquals(BASE + "/p/pregnancy", sent.location(), "sending early goes to what is missing, and stores nothing");
    }

    private static List<String> answer(Document check, String question) {
        Element row = check.getElementById("check-" + question);
        return row.select("dd").first().select("span").stream().map(Element::text).toList();
    }

    private long stored(String marker) {
        return Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE text_value = ?", marker);
    }
}
