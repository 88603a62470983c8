package chorus.paper;

import static chorus.support.SurveyRun.BASE;
import static chorus.support.SurveyRun.SURVEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Language;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Translations;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The printable paper form: every question, numbered, in every language, with skips in words. */
@MicronautTest(transactional = false)
class PaperFormTest {

    @Inject
    EmbeddedServer server;
    @Inject
    SurveyCatalog catalog;
    @Inject
    Translations translations;

    private WebClient.Reply get(String path) {
        return new WebClient(server.getURI()).get(path);
    }

    @Test
    void everyLanguageListsEveryQuestionNumberedWithTheFormCodeAndSkips() {
        Survey survey = catalog.latest(SURVEY).orElseThrow();
        List<Language> languages = translations.languagesOf(survey);
        assertEquals(7, languages.size(), "en, easy read and the five translations");
        for (Language language : languages) {
            WebClient.Reply reply = get(BASE + "/paper?lang=" + language.tag());
            assertEquals(200, reply.status(), language.tag());
            Document page = reply.html();
            assertEquals(language.tag(), page.selectFirst("html").attr("lang"));
            assertEquals(language.dir(), page.selectFirst("html").attr("dir"));
            assertEquals(SURVEY + " v" + survey.version() + " \u00b7 " + language.tag(), page.selectFirst(".paper-code").text());
            assertTrue(page.select("input, textarea, select, script").isEmpty(), "paper only: no inputs, no JavaScript");
            SurveyTexts texts = translations.surveyTexts(survey, language);
            Elements questions = page.select(".paper-question");
            List<Question> all = survey.questions().toList();
            assertEquals(all.size(), questions.size(), language.tag());
            for (int i = 0; i < all.size(); i++) {
                Element label = questions.get(i).selectFirst(".paper-label");
                assertEquals((i + 1) + ".", label.selectFirst(".paper-number").text(), language.tag() + " numbering");
                assertTrue(label.text().contains(texts.label(all.get(i)).value()),
                        language.tag() + ": question " + (i + 1) + " should be " + texts.label(all.get(i)).value() + " but is " + label.text());
                for (String value : all.get(i).optionValues()) {
                    assertTrue(questions.get(i).text().contains(texts.option(all.get(i), value).value()), language.tag() + " option " + value);
                }
            }
            Elements pages = page.select(".paper-page");
            assertEquals(survey.pages().size(), pages.size());
            for (int p = 0; p < survey.pages().size(); p++) {
                Page definition = survey.pages().get(p);
                Element skip = pages.get(p).selectFirst("h2 + .paper-skip");
                if (definition.showIf() == null) {
                    assertEquals(null, skip, language.tag() + " " + definition.id() + " is for everyone");
                    continue;
                }
                assertNotNull(skip, language.tag() + " " + definition.id() + " says who answers it");
                Question asked = survey.question(definition.showIf().questionId()).orElseThrow();
                assertTrue(skip.text().contains(String.valueOf(all.indexOf(asked) + 1)), skip.text());
                definition.showIf().anyOf().forEach(v -> assertTrue(skip.text().contains(texts.option(asked, v).value()),
                        language.tag() + " " + definition.id() + " names " + v + ": " + skip.text()));
            }
            assertTrue(page.select(".tick-box").size() > 50, "tick boxes for every option");
        }
    }

    @Test
    void englishSkipInstructionsSayWhereToGo() {
        Document page = get(BASE + "/paper?lang=en").html();
        List<String> skips = page.select(".paper-skip").eachText();
        assertEquals(List.of(
                "Answer questions 6 to 8 only if you answered ‘I had a baby in the last 12 months’ or ‘I had a baby 1 to 2 years ago’"
                        + " to question 2. Otherwise, go to question 12.",
                "Answer questions 9 to 11 only if you answered ‘I had a baby in the last 12 months’ or ‘I had a baby 1 to 2 years ago’"
                        + " to question 2. Otherwise, go to question 12.",
                "Answer questions 15 to 16 only if you answered ‘Yes’ to question 12. Otherwise, go to question 17."), skips);
        Element interpreter = page.select(".paper-question").get(11);
        assertEquals("Tick one", interpreter.selectFirst(".paper-instruction").text());
        assertEquals("Tick all that apply", page.select(".paper-question").get(12).selectFirst(".paper-instruction").text());
        assertEquals(2, page.select(".paper-question").get(2).select(".paper-box").size(), "weeks: 0 to 42, two digits");
        assertEquals(4, page.select(".paper-question").get(21).select(".paper-box").size(), "postcode district");
        assertEquals(5, page.select(".paper-question").get(17).select(".paper-line").size(), "what went well: writing lines");
        Element ethnicity = page.select(".paper-question").get(19);
        assertEquals(5, ethnicity.select(".paper-group").size(), "grouped as on screen");
        assertEquals(1, ethnicity.select(".paper-line").size(), "a line to describe it in your own words");
    }

    @Test
    void largePrintIsMarkedAndKeptAcrossLanguageLinks() {
        Document page = get(BASE + "/paper?lang=ar&size=large").html();
        assertTrue(page.selectFirst(".paper").hasClass("paper-large"));
        assertEquals(SURVEY + " v1 \u00b7 ar \u00b7 large", page.selectFirst(".paper-code").text());
        assertTrue(page.select(".languages a").eachAttr("href").stream().allMatch(h -> h.endsWith("&size=large")));
        assertTrue(page.select(".languages a").eachAttr("href").contains(BASE + "/paper?lang=en&size=large"));
    }

    @Test
    void unknownSurveyOrLanguageIsNotFound() {
        assertEquals(404, get("/s/no-such-survey/paper?lang=en").status());
        assertEquals(404, get(BASE + "/paper?lang=xx").status());
    }
}
