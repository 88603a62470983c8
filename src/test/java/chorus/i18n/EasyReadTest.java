package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import chorus.survey.Question;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The easy-read variant: its own words and a picture for every question, answers counted with the standard ones. */
@MicronautTest(transactional = false)
class EasyReadTest {

    static final String EASY = "en-x-easy";

    @Inject
    EmbeddedServer server;

    @Inject
    Translations translations;

    @Inject
    SurveyCatalog catalog;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> tx;

    @ParameterizedTest
    @ValueSource(strings = {SurveyRun.SURVEY, "about-you"})
    void everyQuestionHasEasyWordsAndAPictureWithWords(String surveyId) {
        Survey survey = catalog.latest(surveyId).orElseThrow();
        Language easy = translations.language(EASY).orElseThrow();
        assertTrue(translations.languagesOf(survey).contains(easy), "the survey is offered in easy read");
        SurveyTexts texts = translations.surveyTexts(survey, easy);
        assertEquals(null, texts.title().lang(), "the easy-read file gives the title (\"About you\" is easy read already)");
        for (Question question : survey.questions().toList()) {
            assertEquals(null, texts.label(question).lang(), question.id() + " has easy-read words of its own");
            Picture picture = texts.picture(question);
            assertNotNull(picture, question.id() + " has a picture");
            assertTrue(picture.svg().startsWith("<svg") && picture.svg().length() < 1200, question.id() + ": a small SVG");
            assertFalse(picture.alt().value().isBlank(), question.id() + " says what its picture shows");
        }
        assertEquals(null, translations.surveyTexts(survey, translations.language("pl").orElseThrow())
                .picture(survey.questions().findFirst().orElseThrow()), "standard versions have no pictures");
    }

    @Test
    void theAnswersOfItsScalesHaveFacesTooOnScreenAndOnPaper() {
        WebClient client = new WebClient(server.getURI());
        Document easy = client.get("/s/" + SurveyRun.SURVEY + "/paper?lang=" + EASY).html();
        // The FFT's six answers and each agreement question's six: a face from a big smile to a big frown, and "?".
        Element fft = easy.select(".paper-question").stream().filter(q -> q.text().contains("How good was your care")).findFirst()
                .orElseThrow();
        assertEquals(6, fft.select(".choice-picture svg[aria-hidden=true]").size(), fft.text());
        assertTrue(easy.select(".choice-picture svg").size() >= 12, "the agreement questions too");
        assertTrue(client.get("/s/" + SurveyRun.SURVEY + "/paper?lang=en").html().select(".choice-picture").isEmpty(),
                "the standard version has none");
    }

    @Test
    void theLanguageChooserOffersEasyReadAndItsPagesShowPictures() {
        WebClient client = new WebClient(server.getURI());
        WebClient.Reply start = client.get(SurveyRun.BASE + "?lang=en");
        Element link = start.html().selectFirst(".languages a[hreflang=" + EASY + "]");
        assertNotNull(link, "easy read is in the language chooser");
        assertEquals("English – easy read", link.text());

        WebClient.Reply page = new SurveyRun(client).start(EASY);
        Document html = page.html();
        assertEquals(EASY, html.selectFirst("html").attr("lang"));
        List<Element> pictures = html.select(".question-picture");
        assertEquals(html.select(".field").size(), pictures.size(), "a picture beside each question");
        for (Element picture : pictures) {
            assertEquals("img", picture.attr("role"));
            assertFalse(picture.attr("aria-label").isBlank());
            assertNotNull(picture.selectFirst("svg[aria-hidden=true]"));
        }
        assertEquals("Start", new WebClient(server.getURI()).get(SurveyRun.BASE + "?lang=" + EASY).html()
                .selectFirst("button.button-start").text(), "simple interface words where easy read has them");
    }

    @Test
    void thePaperFormAndPosterWorkInEasyRead() {
        WebClient client = new WebClient(server.getURI());
        WebClient.Reply paper = client.get(SurveyRun.BASE + "/paper?lang=" + EASY);
        assertEquals(200, paper.status());
        assertEquals(EASY, paper.html().selectFirst("html").attr("lang"));
        assertEquals(paper.html().select(".paper-question").size(), paper.html().select(".paper-picture[role=img]").size());
        WebClient.Reply poster = client.get(SurveyRun.BASE + "/poster?lang=" + EASY);
        assertEquals(200, poster.status());
        assertTrue(poster.body().contains("Tell us about your care when you had a baby"));
    }

    @Test
    void easyReadAndStandardAnswersCountUnderTheSameQuestion() {
        String easy = answer(EASY);
        String standard = answer("en");
        assertEquals(2, Database.count(jdbc, tx, "SELECT COUNT(DISTINCT r.language) FROM response r JOIN answer a"
                + " ON a.response_id = r.id WHERE a.question_id = 'do_better' AND a.text_value IN (?, ?)", easy, standard));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM response r JOIN answer a ON a.response_id = r.id"
                + " WHERE r.language = ? AND a.question_id = 'do_better' AND a.text_value = ?", EASY, easy));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM response r JOIN answer a ON a.response_id = r.id"
                + " WHERE r.language = 'en' AND a.question_id = 'do_better' AND a.text_value = ?", standard));

        String csv = StaffSession.admin(server.getURI()).get("/admin/surveys/" + SurveyRun.SURVEY + "/responses.csv").body();
        String line = csv.lines().filter(l -> l.contains(easy)).findFirst().orElseThrow();
        assertTrue(line.contains("," + EASY + ","), "the CSV shows the easy-read language: " + line);
    }

    private String answer(String lang) {
        String marker = UUID.randomUUID().toString();
        WebClient client = new WebClient(server.getURI());
        SurveyRun run = new SurveyRun(client);
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.put("overall", new String[] {"fft", "good", "do_better", marker});
        run.finish(run.start(lang), answers);
        return marker;
    }
}
