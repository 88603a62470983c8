package chorus.admin;

import chorus.report.Csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.system.Role;
import chorus.support.CsvLines;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.SurveyRun;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Statement;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ResponseExportTest {

    private static final String CSV = "/admin/surveys/maternity-experience/responses.csv";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void aResponseInUrduAppearsOnceWithEnglishLabelsAndFormulasNeutralised() {
        String marker = UUID.randomUUID().toString();
        Map<String, String[]> answers = new HashMap<>(SurveyRun.everyPage());
        answers.put("overall", new String[] {"fft", "very_good", "went_well", "@SUM(1+1) " + marker,
                "do_better", "Kind staff, but \"slow\"\nat night"});
        SurveyRun run = new SurveyRun(new WebClient(server.getURI()));
        run.finish(run.start("ur"), answers);

        WebClient.Reply download = StaffSession.admin(server.getURI()).get(CSV);
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Type").startsWith("text/csv"));
        assertTrue(download.header("Content-Disposition").startsWith("attachment; filename=\"maternity-experience-responses-"));
        assertTrue(download.body().startsWith("\uFEFF"), "a byte-order mark so Excel reads UTF-8");

        List<List<String>> rows = CsvLines.parse(download.body());
        List<String> header = rows.get(0);
        assertEquals(List.of("Response", "Survey", "Version", "Language", "Channel", "Event", "Submitted on"), header.subList(0, 7));
        List<List<String>> ours = rows.stream().filter(r -> r.stream().anyMatch(c -> c.contains(marker))).toList();
        assertEquals(1, ours.size(), "exactly one row for the response");
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), ours.get(0).get(i));
        }
        assertEquals("ur", row.get("Language"));
        assertEquals("ONLINE", row.get("Channel"));
        assertEquals("", row.get("Event"));
        assertEquals("1", row.get("Version"));
        assertEquals("Very good", row.get("Overall, how was your experience of our maternity service? [fft]"));
        assertEquals("Information in my language; Easy read, with pictures",
                row.get("Which of these would help you understand information about your care? [information_formats]"));
        assertEquals("Pakistani", row.get("What is your ethnic group? [ethnicity]"));
        assertEquals("Pakistani Punjabi", row.get("What is your ethnic group? - in own words [ethnicity]"));
        assertEquals("NR1", row.get("What is the first part of your postcode? [postcode_district]"));
        assertEquals("10", row.get("How many weeks pregnant were you when you first saw a midwife? [booking_weeks]"));
        assertEquals("'@SUM(1+1) " + marker, row.get("What went well? [went_well]"), "formula neutralised");
        assertEquals("Kind staff, but \"slow\"\nat night", row.get("What could we do better? [do_better]"));
        assertEquals("", row.get("How old are you? [age_band]"), "an unanswered question is an empty cell");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertEquals("'=1+2", Csv.cell("=1+2"));
        assertEquals("'+44 7000", Csv.cell("+44 7000"));
        assertEquals("'-x", Csv.cell("-x"));
        assertEquals("'@cmd", Csv.cell("@cmd"));
        assertEquals("\"'\tx\"".replace("\"", ""), Csv.cell("\tx").replace("\"", ""));
        assertEquals("-3", Csv.cell("-3"), "a plain number stays a number");
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void anUnknownSurveyHasNoExport() {
        assertEquals(404, StaffSession.admin(server.getURI()).get("/admin/surveys/nope/responses.csv").status());
    }

    @Test
    void storedValuesTheSurveyFileDoesNotExplainAreWrittenAsStoredAndFlagged() {
        String marker = UUID.randomUUID().toString();
        long id = response(marker);
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, option_value) VALUES (?, 'fft', 'retired_option')", id);
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, text_value) VALUES (?, 'asked_in_2025', 'old words')", id);
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, option_value) VALUES (?, 'ethnicity', 'Z9')", id);

        WebClient.Reply download = StaffSession.admin(server.getURI()).get(CSV);
        assertEquals(200, download.status());
        Map<String, String> row = rowWith(download, marker);
        assertEquals("retired_option" + ResponseExport.UNKNOWN_OPTION,
                row.get("Overall, how was your experience of our maternity service? [fft]"));
        assertEquals("Z9" + ResponseExport.UNKNOWN_OPTION, row.get("What is your ethnic group? [ethnicity]"));
        assertEquals("old words", row.get("[asked_in_2025] (not in the survey file)"), "a column for a question no version asks");
    }

    @Test
    void analystsDownloadServiceUsersAnswersButNeverStaffAnswers() {
        WebClient analyst = StaffSession.newAccount(server, Role.ANALYST);
        assertEquals(1, analyst.get("/admin").html().select("a[href=" + CSV + "]").size(), "linked from the home page");
        assertTrue(analyst.get("/admin").html().select("a[href*=staff-experience/responses.csv]").isEmpty());
        WebClient.Reply download = analyst.get(CSV);
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Type").startsWith("text/csv"));
        assertTrue(download.header("Content-Disposition").contains("maternity-experience-responses-"));
        assertEquals(409, analyst.get("/admin/surveys/staff-experience/responses.csv").status(), "refused, with the reason");
        assertEquals(409, StaffSession.admin(server.getURI()).get("/admin/surveys/staff-experience/responses.csv").status());
        assertEquals(403, StaffSession.newAccount(server, Role.DATA_ENTRY).get(CSV).status());
        assertEquals(403, StaffSession.newAccount(server, Role.MVP_LEAD).get(CSV).status());
    }

    /** More responses than one batch of the export, each written once, in order. */
    @Test
    void everyResponseIsWrittenOnceAcrossBatches() {
        String marker = UUID.randomUUID().toString();
        int count = 2_345;
        tx.executeWrite(status -> jdbc.execute(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO response (survey_id, survey_version, language, channel,"
                    + " submitted_on, submission_key, record_key) VALUES ('maternity-experience', 1, 'en', 'PAPER', DATE '2026-10-01', ?, 0)",
                    Statement.RETURN_GENERATED_KEYS);
                 var answer = connection.prepareStatement("INSERT INTO answer (response_id, question_id, text_value) VALUES (?, 'went_well', ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.executeUpdate();
                    try (var keys = insert.getGeneratedKeys()) {
                        keys.next();
                        answer.setLong(1, keys.getLong(1));
                    }
                    answer.setString(2, marker + " " + i);
                    answer.addBatch();
                }
                answer.executeBatch();
            }
            return null;
        }));
        List<List<String>> rows = CsvLines.parse(StaffSession.admin(server.getURI()).get(CSV).body());
        int column = rows.get(0).indexOf("What went well? [went_well]");
        List<String> ours = rows.stream().map(r -> r.get(column)).filter(c -> c.startsWith(marker)).toList();
        assertEquals(count, ours.size());
        for (int i = 0; i < count; i++) {
            assertEquals(marker + " " + i, ours.get(i));
        }
    }

    private long response(String marker) {
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on, submission_key,"
                + " record_key) VALUES ('maternity-experience', 1, 'en', 'ONLINE', DATE '2026-10-01', ?, 0)", UUID.randomUUID().toString());
        long id = Database.count(jdbc, tx, "SELECT MAX(id) FROM response");
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, text_value) VALUES (?, 'went_well', ?)", id, marker);
        return id;
    }

    private static Map<String, String> rowWith(WebClient.Reply download, String marker) {
        List<List<String>> rows = CsvLines.parse(download.body());
        List<String> header = rows.get(0);
        List<List<String>> ours = rows.stream().filter(r -> r.stream().anyMatch(c -> c.contains(marker))).toList();
        assertEquals(1, ours.size());
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), ours.get(0).get(i));
        }
        return row;
    }
}
