package chorus.dataentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Keying paper forms in over HTTP, as staff do: batches, the keying page, review, corrections and confirmation. */
@MicronautTest(transactional = false)
class DataEntryTest {

    static final String SURVEY = "maternity-experience";
    static final String PASSWORD = "data entry password 1";
    /** Every question of the sample survey, in paper order. */
    static final List<String> QUESTIONS = List.of("consent", "care_stage", "booking_weeks", "antenatal_listened",
            "antenatal_information", "birth_place", "birth_respect", "birth_decisions", "postnatal_help", "feeding_support",
            "mental_health_asked", "needed_interpreter", "information_formats", "online_access", "interpreter_provided",
            "interpreter_family", "fft", "went_well", "do_better", "ethnicity", "age_band", "postcode_district",
            "first_language", "births_count");

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    AccountService accounts;

    // ------------------------------------------------------------------ helpers

    WebClient user(Role role) {
        String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, role);
        return StaffSession.signIn(server.getURI(), name, PASSWORD);
    }

    static String csrf(WebClient client) {
        WebClient.Reply start = client.get("/data-entry");
        assertEquals(200, start.status(), start.body());
        return StaffSession.csrfToken(start);
    }

    static String newReference() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Creates a batch; returns its page's path. */
    static String batch(WebClient client, String reference, String event) {
        WebClient.Reply created = client.post("/data-entry/batches", "csrfToken", csrf(client), "reference", reference,
                "batch-survey", SURVEY, "event", event, "note", "");
        assertEquals(303, created.status(), created.body());
        return created.location();
    }

    /** Goes through the start page to the keying page of a new form. */
    static WebClient.Reply keyingPage(WebClient client, String reference, String lang) {
        WebClient.Reply chosen = client.post("/data-entry/start", "csrfToken", csrf(client), "form", SURVEY + ":1",
                "language", lang, "batch", reference, "code", SURVEY + " v1 " + lang);
        assertEquals(303, chosen.status(), chosen.body());
        WebClient.Reply page = client.get(chosen.header("Location"));
        assertEquals(200, page.status(), page.body());
        return page;
    }

    /** Every question marked not answered, then the given answers in their place. */
    static String[] answers(Document page, Map<String, List<String>> given) {
        List<String> fields = new ArrayList<>();
        WebClient.hiddenFields(page).forEach((name, value) -> {
            fields.add(name);
            fields.add(value);
        });
        fields.add("code");
        fields.add(page.selectFirst("#code").attr("value"));
        for (String question : QUESTIONS) {
            for (String value : given.getOrDefault(question, List.of(AnswerMark.NOT_ANSWERED.formValue()))) {
                fields.add(question);
                fields.add(value);
            }
        }
        given.forEach((field, values) -> {
            if (!QUESTIONS.contains(field)) {
                values.forEach(value -> {
                    fields.add(field);
                    fields.add(value);
                });
            }
        });
        return fields.toArray(String[]::new);
    }

    static String action(Document page) {
        return page.select("form[method=post]").last().attr("action");
    }

    /** Keys a form and saves it for review; returns the review page's path. */
    static String keyForm(WebClient client, String reference, String lang, Map<String, List<String>> given) {
        Document page = keyingPage(client, reference, lang).html();
        WebClient.Reply saved = client.post(action(page), answers(page, given));
        assertEquals(303, saved.status(), saved.body());
        return saved.location();
    }

    static WebClient.Reply confirm(WebClient client, String review) {
        WebClient.Reply page = client.get(review);
        return client.post(review + "/confirm", "csrfToken", StaffSession.csrfToken(page));
    }

    long count(String sql, Object... args) {
        return Database.count(jdbc, tx, sql, args);
    }

    static Map<String, List<String>> given(String... questionsAndValues) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < questionsAndValues.length; i += 2) {
            given.computeIfAbsent(questionsAndValues[i], k -> new ArrayList<>()).add(questionsAndValues[i + 1]);
        }
        return given;
    }

    static long idOf(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    // ------------------------------------------------------------------ tests

    @Test
    void aConfirmedBengaliFormIsAPaperResponseInTheCsvWithItsMarksInWords() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        batch(staff, reference, "");
        String marker = "keyed-" + UUID.randomUUID();
        String review = keyForm(staff, reference, "bn", given("consent", "consent", "care_stage", AnswerMark.MULTIPLE.formValue(),
                "booking_weeks", "১২", "information_formats", "translated", "information_formats", "large_print",
                "fft", "good", "do_better", marker, "ethnicity", "J", "ethnicity.self", "Sylheti"));
        assertEquals(0, count("SELECT COUNT(*) FROM answer WHERE text_value = ?", marker), "pending forms are not responses");

        assertEquals(303, confirm(staff, review).status());

        assertEquals(1, count("SELECT COUNT(*) FROM response r JOIN answer a ON a.response_id = r.id WHERE r.channel = 'PAPER'"
                + " AND r.language = 'bn' AND r.survey_version = 1 AND r.event_id IS NULL AND a.text_value = ?", marker));
        long response = count("SELECT response_id FROM keyed_form WHERE id = ?", idOf(review));
        assertEquals(12, count("SELECT number_value FROM answer WHERE response_id = ? AND question_id = 'booking_weeks'", response),
                "Bengali digits are read as the number they are");
        assertEquals(1, count("SELECT COUNT(*) FROM answer_mark WHERE response_id = ? AND question_id = 'care_stage' AND mark = 'MULTIPLE'", response));
        assertEquals(QUESTIONS.size() - 7, count("SELECT COUNT(*) FROM answer_mark WHERE response_id = ? AND mark = 'NOT_ANSWERED'", response));
        assertEquals(0, count("SELECT COUNT(*) FROM answer WHERE response_id = ? AND option_value LIKE '\\_\\_%'", response),
                "marks are never stored as answers");
        assertEquals(0, count("SELECT COUNT(*) FROM answer WHERE response_id = ? AND question_id = 'care_stage'", response));

        WebClient.Reply csv = StaffSession.admin(server.getURI()).get("/admin/surveys/" + SURVEY + "/responses.csv");
        assertEquals(200, csv.status());
        String body = csv.body();
        int at = body.indexOf(marker);
        String row = body.substring(body.lastIndexOf("\r\n", at) + 2, body.indexOf("\r\n", at));
        assertTrue(row.startsWith(response + ",maternity-experience,1,bn,PAPER,,"), row);
        assertTrue(row.contains("(more than one ticked)"), row);
        assertTrue(row.contains("(not answered)"), row);
        assertTrue(row.contains("Information in my language; Large print"), row);
        assertTrue(row.contains("Sylheti"), row);
    }

    @Test
    void aFormCodeOfAnotherLanguageOrVersionIsCaught() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        batch(staff, reference, "");
        WebClient.Reply wrong = staff.post("/data-entry/start", "csrfToken", csrf(staff), "form", SURVEY + ":1",
                "language", "bn", "batch", reference, "code", "maternity-experience v1 · pl");
        assertEquals(422, wrong.status());
        Document page = wrong.html();
        assertTrue(page.title().startsWith("Error:"), page.title());
        assertEquals("#code", page.selectFirst(".error-summary a").attr("href"));
        assertTrue(page.selectFirst("#code-error").text().contains("maternity-experience v1 · bn"), page.selectFirst("#code-error").text());
        assertEquals("maternity-experience v1 · pl", page.selectFirst("#code").attr("value"), "what was typed is kept");
        assertEquals(reference, page.selectFirst("#batch").attr("value"));
        assertEquals("bn", page.selectFirst("#language option[selected]").attr("value"));

        WebClient.Reply otherVersion = staff.post("/data-entry/start", "csrfToken", csrf(staff), "form", SURVEY + ":1",
                "language", "bn", "batch", reference, "code", "maternity-experience v2 bn");
        assertEquals(422, otherVersion.status());

        // The code is checked again when the keyed form is saved.
        Document key = keyingPage(staff, reference, "bn").html();
        String[] fields = answers(key, Map.of());
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i].equals("code")) {
                fields[i + 1] = "maternity-experience v1 ur";
            }
        }
        WebClient.Reply refused = staff.post(action(key), fields);
        assertEquals(422, refused.status());
        assertEquals(0, count("SELECT COUNT(*) FROM keyed_form f JOIN paper_batch b ON b.id = f.batch_id WHERE b.reference = ?", reference));
    }

    @Test
    void anOutOfRangeNumberAndAnAnswerBesideAMarkAreShownWithEverythingKept() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        batch(staff, reference, "");
        Document key = keyingPage(staff, reference, "en").html();
        Map<String, List<String>> given = given("booking_weeks", "99", "do_better", "kept text", "fft", "poor",
                "information_formats", "braille", "information_formats", AnswerMark.NOT_ANSWERED.formValue(), "births_count", "two");
        given.put("went_well", List.of(""));
        WebClient.Reply reply = staff.post(action(key), answers(key, given));

        assertEquals(422, reply.status());
        Document page = reply.html();
        assertTrue(page.selectFirst("#booking_weeks-error").text().contains("Enter a number from 0 to 42"));
        assertEquals("99", page.selectFirst("#booking_weeks").attr("value"));
        assertTrue(page.selectFirst("#births_count-error").text().contains("Enter a whole number"));
        assertEquals("two", page.selectFirst("#births_count").attr("value"));
        assertTrue(page.selectFirst("#information_formats-error").text().contains("not both"));
        assertNotNull(page.selectFirst("#information_formats-braille[checked]"));
        assertNotNull(page.selectFirst("#information_formats-not-answered[checked]"));
        assertTrue(page.selectFirst("#went_well-error").text().contains("mark the question not answered"));
        assertEquals("kept text", page.selectFirst("#do_better").text());
        assertNotNull(page.selectFirst("#fft-poor[checked]"));
        assertNotNull(page.selectFirst("#consent-not-answered[checked]"));
        List<String> links = page.select(".error-summary a").eachAttr("href");
        assertEquals(List.of("#booking_weeks", "#information_formats-translated", "#went_well", "#births_count"), links);
        assertTrue(page.selectFirst(".error-summary").text().contains("Question 3: Enter a number from 0 to 42"));
        assertEquals(WebClient.hiddenFields(key).get("formKey"), WebClient.hiddenFields(page).get("formKey"));
        assertEquals(0, count("SELECT COUNT(*) FROM keyed_form WHERE form_key = ?", WebClient.hiddenFields(key).get("formKey")));
    }

    @Test
    void anUnknownBatchIsExplainedWithEverythingKept() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        WebClient.Reply reply = staff.post("/data-entry/start", "csrfToken", csrf(staff), "form", SURVEY + ":1",
                "language", "ro", "batch", reference, "code", "maternity-experience v1 ro");
        assertEquals(422, reply.status());
        Document page = reply.html();
        assertTrue(page.selectFirst("#batch-error").text().contains("There is no batch " + reference), page.selectFirst("#batch-error").text());
        assertEquals(reference, page.selectFirst("#batch").attr("value"));
        assertEquals("maternity-experience v1 ro", page.selectFirst("#code").attr("value"));
        assertEquals(SURVEY + ":1", page.selectFirst("#form option[selected]").attr("value"));

        WebClient.Reply taken = staff.post("/data-entry/batches", "csrfToken", csrf(staff), "reference", reference,
                "batch-survey", SURVEY, "event", "", "note", "first");
        assertEquals(303, taken.status());
        WebClient.Reply again = staff.post("/data-entry/batches", "csrfToken", csrf(staff), "reference", reference,
                "batch-survey", SURVEY, "event", "NOSUCHEVENT", "note", "second");
        assertEquals(422, again.status());
        assertNotNull(again.html().selectFirst("#reference-error"));
        assertNotNull(again.html().selectFirst("#event-error"));
        assertEquals("second", again.html().selectFirst("#note").text());
    }

    @Test
    void tenSlipsAreKeyedInOneBatchWithoutChoosingTheLanguageOrTypingTheCodeAgain() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        String batchPage = batch(staff, reference, "");
        Document page = keyingPage(staff, reference, "pl").html();
        List<String> reviews = new ArrayList<>();
        for (int slip = 0; slip < 10; slip++) {
            if (slip > 0) {
                // What the keyer would otherwise choose or type again arrives filled in; the answers do not.
                assertEquals(SURVEY + " v1 pl", page.selectFirst("#code").attr("value"));
                assertEquals("pl", WebClient.hiddenFields(page).get("printed"));
                assertTrue(page.select("input[name=fft][checked]").isEmpty(), "a blank form for the next slip");
            }
            List<String> fields = new ArrayList<>(List.of(answers(page, given("fft", slip % 3 == 0 ? "poor" : "very_good"))));
            fields.addAll(List.of("then", "next"));
            WebClient.Reply saved = staff.post(action(page), fields.toArray(String[]::new));
            assertEquals(303, saved.status(), saved.body());
            WebClient.Reply next = staff.get(saved.header("Location"));
            assertEquals(200, next.status(), next.body());
            page = next.html();
            reviews.add(page.selectFirst(".notice a").attr("href"));
        }
        assertEquals(10, reviews.stream().distinct().count(), "each saved slip links to its own review");
        assertEquals(10, count("SELECT COUNT(*) FROM keyed_form f JOIN paper_batch b ON b.id = f.batch_id"
                + " WHERE b.reference = ? AND f.language = 'pl' AND f.status = 'PENDING'", reference));
        assertEquals(10, staff.get(batchPage).html().select("a[href^='/data-entry/forms/']").size(), "all wait in the batch");

        // Pressing the button twice saves the slip once and still leads to the next blank form.
        List<String> fields = new ArrayList<>(List.of(answers(page, given("fft", "good"))));
        fields.addAll(List.of("then", "next"));
        WebClient.Reply first = staff.post(action(page), fields.toArray(String[]::new));
        WebClient.Reply second = staff.post(action(page), fields.toArray(String[]::new));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(11, count("SELECT COUNT(*) FROM keyed_form f JOIN paper_batch b ON b.id = f.batch_id WHERE b.reference = ?",
                reference));

        for (String review : reviews) {
            assertEquals(303, confirm(staff, review).status());
        }
        assertEquals(10, count("SELECT COUNT(*) FROM keyed_form f JOIN paper_batch b ON b.id = f.batch_id"
                + " JOIN response r ON r.id = f.response_id WHERE b.reference = ? AND r.channel = 'PAPER' AND r.language = 'pl'",
                reference));
    }

    @Test
    void postcodeErrorsSpeakToTheKeyerWithEverythingKept() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        batch(staff, reference, "");
        Document page = keyingPage(staff, reference, "en").html();
        for (String[] typed : new String[][] {{"NR1 3QY", "The form has a whole postcode"}, {"12AB", "Key the first part of a postcode"}}) {
            WebClient.Reply reply = staff.post(action(page), answers(page, given("postcode_district", typed[0], "fft", "good")));
            assertEquals(422, reply.status());
            String message = reply.html().selectFirst("#postcode_district-error").text();
            assertTrue(message.contains(typed[1]) && !message.contains("your postcode"), message);
            assertEquals(typed[0], reply.html().selectFirst("#postcode_district").attr("value"), "what was keyed is kept");
            assertNotNull(reply.html().selectFirst("#fft-good[checked]"), "the other answers are kept");
        }
    }

    @Test
    void theKeyingPageHasThePaperFormsSectionHeadingsInItsOrder() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        batch(staff, reference, "");
        Document page = keyingPage(staff, reference, "pl").html();
        List<String> paper = new WebClient(server.getURI()).get("/s/" + SURVEY + "/paper?lang=en").html()
                .select("h2.paper-heading").eachText();
        assertTrue(paper.size() > 3, paper.toString());
        assertEquals(paper, page.select("main form[method=post] h2").eachText(), "in English, as the questions are keyed");
        // Each heading sits right above the first question of its section.
        assertEquals("keyed-question", page.select("main form[method=post] h2").first().nextElementSibling().className()
                .replace("field ", ""));
    }

    @Test
    void theReviewSumsUpWhatWasKeyedWithConfirmAfterIt() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        batch(staff, reference, "");
        String review = keyForm(staff, reference, "en", given("fft", "very_good", "booking_weeks", "14",
                "information_formats", "easy_read", "information_formats", "large_print"));
        Document page = staff.get(review).html();
        org.jsoup.select.Elements rows = page.select("dl.keyed-summary > div");
        assertEquals(QUESTIONS.size(), rows.size(), "one line per question of the paper form");
        Map<String, String> keyed = new LinkedHashMap<>();
        rows.forEach(r -> keyed.put(r.selectFirst("dt").text(), r.selectFirst("dd").text()));
        String fft = keyed.keySet().stream().filter(q -> q.contains("Overall, how was")).findFirst().orElseThrow(() -> new AssertionError(keyed.toString()));
        assertEquals("Very good", keyed.get(fft), keyed.toString());
        assertTrue(keyed.containsValue("14"), keyed.toString());
        assertTrue(keyed.values().stream().anyMatch(v -> v.contains("Easy read, with pictures") && v.contains("Large print")), keyed.toString());
        assertTrue(keyed.values().stream().filter(v -> v.equals("(not answered)")).count() > 10, keyed.toString());
        // Confirm comes after the summary it confirms, before the form for corrections.
        org.jsoup.nodes.Element summary = page.selectFirst("dl.keyed-summary");
        org.jsoup.nodes.Element confirm = page.selectFirst("form[action$=/confirm]");
        org.jsoup.nodes.Element correct = page.selectFirst("form[action=" + review + "]");
        assertTrue(summary.siblingIndex() < confirm.siblingIndex() && confirm.siblingIndex() < correct.siblingIndex());
    }

    @Test
    void aSavedFormNumberOfAnotherBatchIsNotLinked() {
        WebClient staff = user(Role.DATA_ENTRY);
        String one = newReference();
        batch(staff, one, "");
        String review = keyForm(staff, one, "en", given("fft", "good"));
        String other = newReference();
        batch(staff, other, "");
        Document page = keyingPage(staff, other, "en").html();
        String path = action(page) + "?version=1&printed=en&saved=" + idOf(review);
        WebClient.Reply reply = staff.get(path);
        assertEquals(200, reply.status());
        assertTrue(reply.html().select(".notice a").isEmpty(), "a form of another batch is not offered as just saved");
    }

    @Test
    void savingTwiceAndConfirmingTwiceStoreOneFormAndOneResponse() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        batch(staff, reference, "");
        Document key = keyingPage(staff, reference, "en").html();
        String[] fields = answers(key, given("fft", "very_good"));
        WebClient.Reply first = staff.post(action(key), fields);
        WebClient.Reply second = staff.post(action(key), fields);
        assertEquals(303, first.status());
        assertEquals(303, second.status());
        assertEquals(first.location(), second.location());
        String formKey = WebClient.hiddenFields(key).get("formKey");
        assertEquals(1, count("SELECT COUNT(*) FROM keyed_form WHERE form_key = ?", formKey));

        String review = first.location();
        String token = StaffSession.csrfToken(staff.get(review));
        assertEquals(303, staff.post(review + "/confirm", "csrfToken", token).status());
        assertEquals(303, staff.post(review + "/confirm", "csrfToken", token).status());
        assertEquals(1, count("SELECT COUNT(*) FROM response WHERE submission_key = ?", formKey));
        assertEquals(1, count("SELECT COUNT(*) FROM keyed_form WHERE form_key = ? AND status = 'FINAL'", formKey));
    }

    @Test
    void aCorrectionIsRecordedAndChangesTheSameResponse() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        String batchPage = batch(staff, reference, "");
        String before = "before-" + UUID.randomUUID();
        String after = "after-" + UUID.randomUUID();
        String review = keyForm(staff, reference, "pl", given("do_better", before, "fft", "good"));
        long form = idOf(review);

        // A correction while pending...
        Document page = staff.get(review).html();
        WebClient.Reply corrected = staff.post(review, correction(page, given("do_better", before, "fft", "poor")));
        assertEquals(303, corrected.status(), corrected.body());
        assertEquals(303, confirm(staff, review).status());
        long response = count("SELECT response_id FROM keyed_form WHERE id = ?", form);
        assertEquals(1, count("SELECT COUNT(*) FROM answer WHERE response_id = ? AND question_id = 'fft' AND option_value = 'poor'", response));

        // ...and one after confirmation, which changes the response's answers in place.
        page = staff.get(review).html();
        corrected = staff.post(review, correction(page, given("do_better", after, "fft", "poor", "care_stage", "pregnant")));
        assertEquals(303, corrected.status(), corrected.body());
        assertEquals(1, count("SELECT COUNT(*) FROM response WHERE submission_key = (SELECT form_key FROM keyed_form WHERE id = ?)", form));
        assertEquals(1, count("SELECT COUNT(*) FROM answer WHERE response_id = ? AND text_value = ?", response, after));
        assertEquals(0, count("SELECT COUNT(*) FROM answer WHERE text_value = ?", before));
        assertEquals(1, count("SELECT COUNT(*) FROM answer WHERE response_id = ? AND question_id = 'care_stage' AND option_value = 'pregnant'", response));
        assertEquals(0, count("SELECT COUNT(*) FROM answer_mark WHERE response_id = ? AND question_id = 'care_stage'", response));
        assertEquals(3, count("SELECT COUNT(*) FROM keyed_correction WHERE keyed_form_id = ?", form));
        assertEquals(1, count("SELECT COUNT(*) FROM keyed_correction WHERE keyed_form_id = ? AND question_id = 'care_stage'"
                + " AND old_value = '(not answered)' AND new_value = 'I am pregnant now'", form));

        Document shown = staff.get(review).html();
        String corrections = shown.select("table").text();
        assertTrue(corrections.contains(after) && corrections.contains("I am pregnant now") && corrections.contains("Poor"), corrections);
        Document batch = staff.get(batchPage).html();
        assertTrue(batch.select("tbody tr").text().contains("3"), batch.select("tbody tr").text());
    }

    /** The review page's own fields and the given answers, every other question not answered. */
    static String[] correction(Document review, Map<String, List<String>> given) {
        List<String> fields = new ArrayList<>(List.of("csrfToken", WebClient.hiddenFields(review).get("csrfToken")));
        for (String question : QUESTIONS) {
            for (String value : given.getOrDefault(question, List.of(AnswerMark.NOT_ANSWERED.formValue()))) {
                fields.add(question);
                fields.add(value);
            }
        }
        given.forEach((field, values) -> {
            if (!QUESTIONS.contains(field)) {
                values.forEach(value -> {
                    fields.add(field);
                    fields.add(value);
                });
            }
        });
        return fields.toArray(String[]::new);
    }

    @Test
    void dataEntryStaffMayKeyAnalystsMayNotAndStrangersSignIn() {
        assertEquals(200, user(Role.DATA_ENTRY).get("/data-entry").status());
        WebClient analyst = user(Role.ANALYST);
        assertEquals(403, analyst.get("/data-entry").status());
        assertFalse(analyst.get("/admin").html().select("a[href=/data-entry]").size() > 0, "no link for analysts");
        assertEquals(1, user(Role.DATA_ENTRY).get("/admin").html().select("a[href=/data-entry]").size());
        WebClient stranger = new WebClient(server.getURI()).header("Accept", "text/html");
        WebClient.Reply refused = stranger.get("/data-entry");
        assertEquals(303, refused.status());
        assertEquals("/sign-in", refused.location());
    }

    /** The staff survey is online only: no paper form to print, nothing to key, no answers shown to a keyer. */
    @Test
    void theStaffSurveyCannotBePrintedOrKeyed() {
        String staffSurvey = "staff-experience";
        assertEquals(404, new WebClient(server.getURI()).get("/s/" + staffSurvey + "/paper?lang=en").status());
        assertEquals(404, new WebClient(server.getURI()).get("/s/" + staffSurvey + "/paper?lang=en&size=large").status());

        WebClient keyer = user(Role.DATA_ENTRY);
        Document start = keyer.get("/data-entry").html();
        assertTrue(start.select("option[value^=" + staffSurvey + "]").isEmpty(), "not offered to choose");
        assertFalse(start.select("option[value^=" + SURVEY + "]").isEmpty(), "service-user surveys are");

        String reference = newReference();
        WebClient.Reply batch = keyer.post("/data-entry/batches", "csrfToken", csrf(keyer), "reference", reference,
                "batch-survey", staffSurvey, "event", "", "note", "");
        assertEquals(422, batch.status());
        assertEquals(reference, batch.html().selectFirst("#reference").val(), "what was typed is kept");
        assertEquals(0, count("SELECT COUNT(*) FROM paper_batch WHERE reference = ?", reference));

        // A batch made before the rule, forced into the table, still cannot be keyed into.
        String old = newReference();
        String path = batch(keyer, old, "");
        Database.update(jdbc, tx, "UPDATE paper_batch SET survey_id = ? WHERE reference = ?", staffSurvey, old);
        WebClient.Reply keying = keyer.post("/data-entry/start", "csrfToken", csrf(keyer), "form", staffSurvey + ":1",
                "language", "en", "batch", old, "code", staffSurvey + " v1 en");
        assertEquals(422, keying.status(), keying.body());
        assertEquals(404, keyer.get(path + "/key?version=1&printed=en").status());
        assertEquals(0, count("SELECT COUNT(*) FROM keyed_form f JOIN paper_batch b ON b.id = f.batch_id WHERE b.reference = ?", old));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        WebClient staff = user(Role.DATA_ENTRY);
        String reference = newReference();
        WebClient.Reply refused = staff.post("/data-entry/batches", "reference", reference, "batch-survey", SURVEY,
                "event", "", "note", "");
        assertEquals(403, refused.status());
        assertEquals(0, count("SELECT COUNT(*) FROM paper_batch WHERE reference = ?", reference));
    }

    @Test
    void anMvpLeadKeysOnlyForTheirOwnMvpsEvents() {
        String own = listeningEvent();
        String other = listeningEvent();
        String name = "lead-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, Role.MVP_LEAD,
                Database.count(jdbc, tx, "SELECT mvp_id FROM listening_event WHERE reference = ?", own));
        WebClient lead = StaffSession.signIn(server.getURI(), name, PASSWORD);

        WebClient.Reply entry = lead.get("/data-entry?survey=" + SURVEY + "&event=" + own);
        assertEquals(200, entry.status());
        assertEquals(own, entry.html().selectFirst("#event").attr("value"));
        assertEquals(SURVEY, entry.html().selectFirst("#batch-survey option[selected]").attr("value"));
        assertEquals(404, lead.get("/data-entry?survey=" + SURVEY + "&event=" + other).status());

        // A batch of another MVP's event, or of no event, is not the lead's to see.
        WebClient admin = StaffSession.admin(server.getURI());
        String othersBatch = batch(admin, newReference(), other);
        String plainReference = newReference();
        String plainBatch = batch(admin, plainReference, "");
        assertEquals(404, lead.get(othersBatch).status());
        assertEquals(404, lead.get(plainBatch).status());
        WebClient.Reply notTheirs = lead.post("/data-entry/start", "csrfToken", csrf(lead), "form", SURVEY + ":1", "language", "en",
                "batch", plainReference, "code", "maternity-experience v1 en");
        assertEquals(422, notTheirs.status(), "another's batch is, to an MVP lead, no batch at all");
        assertNotNull(notTheirs.html().selectFirst("#batch-error"));
        String othersForm = keyForm(admin, plainReference, "en", given("fft", "good"));
        WebClient.Reply confirmOthers = lead.post(othersForm + "/confirm", "csrfToken", csrf(lead));
        assertEquals(303, confirmOthers.status());
        assertEquals(404, lead.get(confirmOthers.location()).status());
        assertEquals(1, count("SELECT COUNT(*) FROM keyed_form WHERE id = ? AND status = 'PENDING'", idOf(othersForm)));
        WebClient.Reply refused = lead.post("/data-entry/batches", "csrfToken", csrf(lead), "reference", newReference(),
                "batch-survey", SURVEY, "event", other, "note", "");
        assertEquals(422, refused.status());
        assertNotNull(refused.html().selectFirst("#event-error"));

        String reference = newReference();
        batch(lead, reference, own);
        String marker = "slip-" + UUID.randomUUID();
        String review = keyForm(lead, reference, "en", given("first_language", marker));
        assertEquals(303, confirm(lead, review).status());
        assertEquals(1, count("SELECT COUNT(*) FROM response r JOIN answer a ON a.response_id = r.id"
                + " JOIN listening_event e ON e.id = r.event_id WHERE e.reference = ? AND r.channel = 'PAPER' AND a.text_value = ?",
                own, marker));
    }

    private String listeningEvent() {
        String code = UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, ?)", code, "MVP " + code);
        long mvp = Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", code);
        Database.update(jdbc, tx, "INSERT INTO listening_event (mvp_id, reference, kind, held_on, attendance)"
                + " VALUES (?, ?, 'LISTENING_EVENT', CURRENT_DATE, 20)", mvp, code.toUpperCase());
        return code.toUpperCase();
    }

}
