package chorus.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.WebClient;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * "What is your first language?" suggests the common languages in the page's language as the person
 * types, and stores a language on the list as its code, however it was typed; any other is kept.
 */
@MicronautTest(transactional = false)
class FirstLanguageTest {

    static final Question FIRST_LANGUAGE = new Question(AnsweringService.FIRST_LANGUAGE, QuestionType.SHORT_TEXT,
            "What is your first language?", null, false, List.of(), 60, null, null, null, 4);

    @Inject
    EmbeddedServer server;

    @Test
    void aLanguageOnTheListIsStoredAsItsCodeHoweverItWasTyped() {
        for (String typed : List.of("Urdu", "urdu ", "اردو")) {
            List<ResponseStore.AnswerRow> rows = AnsweringService.rows(FIRST_LANGUAGE, List.of(typed), Map.of());
            assertEquals(List.of(new ResponseStore.AnswerRow(AnsweringService.FIRST_LANGUAGE, "ur", null, null)), rows, typed);
        }
        assertEquals(List.of(new ResponseStore.AnswerRow(AnsweringService.FIRST_LANGUAGE, null, null, "Klingon")),
                AnsweringService.rows(FIRST_LANGUAGE, List.of("Klingon"), Map.of()), "any other language is kept as typed");
    }

    @Test
    void theFormSuggestsLanguagesInThePagesLanguage() {
        for (String[] lang : new String[][] {{"en", "Urdu", "Polish"}, {"pl", "urdu", "polski"}}) {
            WebClient client = new WebClient(server.getURI());
            assertEquals(200, client.get("/s/about-you?lang=" + lang[0]).status());
            Document page = client.follow(client.post("/s/about-you", "lang", lang[0])).html();
            var input = page.getElementById(AnsweringService.FIRST_LANGUAGE);
            assertNotNull(input, page.text());
            List<String> offered = page.getElementById(input.attr("list")).select("option").eachAttr("value");
            assertTrue(offered.contains(lang[1]) && offered.contains(lang[2]), lang[0] + ": " + offered);
        }
    }
}
