package chorus.answer;

import static chorus.support.SurveyRun.BASE;
import static chorus.support.SurveyRun.SURVEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AnsweringFlowTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    private WebClient phone() {
        return new WebClient(server.getURI());
    }

    private long responses() {
        return Database.count(jdbc, tx, "SELECT COUNT(*) FROM response WHERE survey_id = ?", SURVEY);
    }

    @Test
    void aResponseInUrduIsStoredOnceWithItsVersionLanguageChannelAndDate() {
        long before = responses();
        long maxId = Database.count(jdbc, tx, "SELECT COALESCE(MAX(id), 0) FROM response");
        SurveyRun run = new SurveyRun(phone());
        WebClient.Reply done = run.finish(run.start("ur"), SurveyRun.everyPage());
        assertEquals(BASE + "/done", done.location());
        assertEquals(before + 1, responses());
        assertEquals(List.of("start", "pregnancy", "birth", "after_birth", "language", "interpreters", "overall", "about_you",
                "ethnicity", SurveyRun.CHECK), run.pagesSeen(), "the ethnic group is asked in two steps: the group, then the background");
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM response WHERE id > ? AND language = 'ur'"
                + " AND channel = 'ONLINE' AND survey_version = 1 AND submitted_on IS NOT NULL", maxId));
        assertEquals(2, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id"
                + " WHERE r.id > ? AND a.question_id = 'information_formats'", maxId), "one row per ticked option");
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id"
                + " WHERE r.id > ? AND a.question_id = 'postcode_district' AND a.option_value IS NULL AND a.text_value IS NULL"
                + " AND a.number_value IS NULL", maxId) + Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer a"
                + " JOIN response r ON r.id = a.response_id WHERE r.id > ? AND a.question_id = 'booking_weeks' AND a.number_value = 10", maxId),
                "numbers are stored as numbers");
    }

    /** Bengali text writes its numbers in Bengali digits, and so do the numbers Chorus puts into it. */
    @Test
    void aBengaliPageCountsItsPagesInBengaliDigits() {
        SurveyRun run = new SurveyRun(phone());
        Document first = run.start("bn").html();
        String pageOf = first.selectFirst(".caption").text();
        assertTrue(pageOf.startsWith("পৃষ্ঠা ১, মোট "), pageOf);
        assertTrue(pageOf.chars().noneMatch(c -> c >= '0' && c <= '9'), "no Western digits: " + pageOf);
    }

    /** Romanian needs "de" from twenty up: the start page offers to keep answers "48 de ore". */
    @Test
    void romanianSaysFortyEightDeOre() {
        WebClient.Reply start = phone().get(BASE + "?lang=ro");
        assertTrue(start.body().contains("48 de ore"), start.html().select("main").text());
    }

    @Test
    void thankYouPageIsInTheChosenLanguage() {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        WebClient.Reply done = client.follow(run.finish(run.start("ar"), SurveyRun.everyPage()));
        Document page = done.html();
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertTrue(page.selectFirst("h1").text().length() > 0);
        assertTrue(page.select("[lang=en]").stream().noneMatch(e -> e.closest("main") != null), "nothing fell back to English");
    }

    @Test
    void submittingTheLastPageAgainStoresNothingMore() {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.remove("about_you");
        WebClient.Reply first = run.finish(run.start("en"), answers);
        long after = responses();
        WebClient.Reply again = run.post("about_you");
        assertEquals(303, again.status());
        assertEquals(BASE + "/done", again.location());
        assertEquals(after, responses());
        assertEquals(BASE + "/done", client.get(BASE + "/p/overall").location(), "a finished draft only shows the thank-you page");
        assertEquals(BASE + "/done", first.location());
    }

    @Test
    void aDoubleTapStoresOneResponse() throws Exception {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        WebClient.Reply page = run.start("pl");
        for (String pageId = SurveyRun.pageId(page); !pageId.equals(SurveyRun.CHECK); pageId = SurveyRun.pageId(page)) {
            page = run.remember(client.follow(run.post(pageId, SurveyRun.everyPage().getOrDefault(pageId, new String[0]))));
        }
        long before = responses();
        CountDownLatch ready = new CountDownLatch(1);
        List<CompletableFuture<WebClient.Reply>> taps = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        ready.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return run.post(SurveyRun.CHECK);
                })).toList();
        ready.countDown();
        for (CompletableFuture<WebClient.Reply> tap : taps) {
            WebClient.Reply reply = tap.get();
            assertEquals(303, reply.status(), reply.body());
            assertEquals(BASE + "/done", reply.location());
        }
        assertEquals(before + 1, responses());
    }

    @Test
    void aMissingRequiredAnswerIsExplainedOnTheSamePageWithEverythingKept() {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        run.start("en");
        WebClient.Reply reply = run.post("start", "care_stage", "pregnant");
        assertEquals(422, reply.status());
        Document page = reply.html();
        assertTrue(page.title().startsWith("Error: "), page.title());
        assertEquals("Tick the box to say you agree to take part", page.selectFirst(".error-summary-list a").text());
        String target = page.selectFirst(".error-summary-list a").attr("href").substring(1);
        assertNotNull(page.getElementById(target), "the summary links to the field");
        assertTrue(page.getElementById("care_stage-pregnant").hasAttr("checked"), "the other answer is kept");
        assertTrue(page.getElementById("consent-consent").attr("aria-describedby").contains("consent-error")
                || page.selectFirst("fieldset[aria-describedby*=consent-error]") != null);
    }

    @Test
    void outOfRangeNumbersAndFullPostcodesAreRefusedWithTheirValuesKept() {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        WebClient.Reply page = run.start("en");
        page = run.remember(client.follow(run.post("start", "consent", "consent", "care_stage", "pregnant")));
        WebClient.Reply number = run.post("pregnancy", "booking_weeks", "45");
        assertEquals(422, number.status());
        assertEquals("Enter a number from 0 to 42", number.html().selectFirst(".error-message span:not(.visually-hidden)").text());
        assertEquals("45", number.html().getElementById("booking_weeks").val());
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM draft_answer WHERE field_name = 'booking_weeks' AND field_value = '45'"));
    }

    @Test
    void theBackLinkKeepsAnswers() {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        run.start("en");
        WebClient.Reply second = run.remember(client.follow(run.post("start", "consent", "consent", "care_stage", "pregnant")));
        String back = second.html().selectFirst("a.back-link").attr("href");
        assertEquals(BASE + "/p/start", back);
        Document first = client.get(back).html();
        assertTrue(first.getElementById("care_stage-pregnant").hasAttr("checked"));
        assertTrue(first.getElementById("consent-consent").hasAttr("checked"));
    }

    @Test
    void comingBackLaterResumesWhereThePersonStopped() {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        run.start("ro");
        run.remember(client.follow(run.post("start", "consent", "consent", "care_stage", "pregnant")));
        WebClient.Reply again = client.post(BASE, "lang", "ro");
        assertEquals(BASE + "/p/pregnancy", again.location());
        assertEquals("ro", client.get(again.location()).html().selectFirst("html").attr("lang"));
    }

    @Test
    void hiddenPagesAreSkippedAndTheirAnswersNotStored() {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.put("start", new String[] {"consent", "consent", "care_stage", "pregnant"});
        answers.put("language", new String[] {"needed_interpreter", "no"});
        run.finish(run.start("en"), answers);
        assertEquals(List.of("start", "pregnancy", "language", "overall", "about_you", "ethnicity", SurveyRun.CHECK), run.pagesSeen());
    }

    @Test
    void aFormFromAnotherPageOrWithAnUnknownAnswerIsRefusedAndNothingStored() {
        WebClient client = phone();
        SurveyRun run = new SurveyRun(client);
        run.start("en");
        long drafts = Database.count(jdbc, tx, "SELECT COUNT(*) FROM draft_answer");
        assertEquals(400, run.post("start", "consent", "consent", "care_stage", "astronaut").status());
        assertEquals(400, run.post("start", "consent", "consent", "care_stage", "pregnant", "care_stage", "partner").status());
        assertEquals(400, client.post(BASE + "/p/start", "form-token", "forged", "consent", "consent").status());
        assertEquals(400, run.post("nonexistent", "consent", "consent").status());
        int malformed = client.postRaw(BASE + "/p/start", "form-token=%zz&consent=%E0%A4").status();
        assertTrue(malformed == 400, "malformed encoding: " + malformed);
        assertEquals(400, client.postRaw(BASE + "/p/start", "form-token[a]=1&form-token[b]=2").status());
        WebClient.Reply huge = run.post("overall", "fft", "good", "do_better", "x".repeat(300_000));
        assertTrue(huge.status() == 400 || huge.status() == 413, "oversized: " + huge.status());
        assertEquals(drafts, Database.count(jdbc, tx, "SELECT COUNT(*) FROM draft_answer"));
        assertTrue(client.get(BASE + "/p/start").body().contains("Before you start"));
    }

    @Test
    void aPageWithoutADraftSaysTheAnswersExpired() {
        WebClient.Reply reply = phone().post(BASE + "/p/start", "form-token", "x", "consent", "consent");
        assertEquals(410, reply.status());
        assertEquals(BASE, reply.html().selectFirst("main a").attr("href"));
    }

    @Test
    void unknownSurveyAndUnknownLanguageGetAHelpful404() {
        WebClient.Reply survey = phone().get("/s/no-such-survey?lang=pl");
        assertEquals(404, survey.status());
        assertEquals("pl", survey.html().selectFirst("html").attr("lang"));
        assertTrue(survey.html().select("main ul a").eachAttr("href").contains(BASE + "?lang=pl"), "lists the public surveys");
        WebClient.Reply language = phone().get(BASE + "?lang=fr");
        assertEquals(404, language.status());
        assertEquals(7, language.html().select("nav.languages li").size(), "lists the languages the survey has, easy read too");
    }

    @Test
    void languageComesFromTheLinkThenTheRememberedChoiceThenTheBrowser() {
        WebClient client = phone().header("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5");
        assertEquals("bn", client.get(BASE).html().selectFirst("html").attr("lang"));
        assertEquals("pl", client.get(BASE + "?lang=pl").html().selectFirst("html").attr("lang"));
        assertEquals("pl", client.get(BASE).html().selectFirst("html").attr("lang"), "the choice is remembered");
        assertEquals("en", phone().header("Accept-Language", "fr-FR").get(BASE).html().selectFirst("html").attr("lang"));
        assertEquals("ur", phone().get(BASE + "?lang=ur-PK").html().selectFirst("html").attr("lang"), "BCP 47 tags match by prefix");
        assertEquals("en", phone().header("Accept-Language", "en-GB,en;q=0.9").get(BASE).html().selectFirst("html").attr("lang"),
                "easy read is chosen, never guessed from the browser");
    }

    @Test
    void theSwitcherNamesEachLanguageInItself() {
        Document page = phone().get(BASE + "?lang=en").html();
        List<String> names = page.select("nav.languages li > *").eachText();
        assertEquals(List.of("English", "English – easy read", "Polski", "Română", "اردو", "العربية", "বাংলা"), names);
        assertEquals("rtl", page.selectFirst("nav.languages a[lang=ur]").attr("dir"));
    }

    @Test
    void responsesHoldNoIpAddressUserAgentCookieOrTimeOfDay() {
        List<String> columns = tx.executeRead(status -> jdbc.prepareStatement("SELECT * FROM response WHERE 1 = 0", select -> {
            List<String> names = new java.util.ArrayList<>();
            var meta = select.executeQuery().getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase());
            }
            java.util.Collections.sort(names);
            return names;
        }));
        // record_key: a random byte for the cell key method, drawn when the response is stored.
        assertEquals(List.of("channel", "event_id", "id", "language", "record_key", "submission_key", "submitted_on",
                "survey_id", "survey_version"), columns);
    }
}
