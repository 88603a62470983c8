package chorus.support;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Organisations and rounds of the staff survey for tests. Tests share one database, and which round
 * is open decides what a page shows, so {@link #onlyRound} first moves every other round of the
 * survey to its own day in 1900, where it can be neither open nor the next or last round.
 */
public final class StaffSurveyFixtures {

    public static final String SURVEY = "staff-experience";
    public static final String BASE = "/s/" + SURVEY;

    private StaffSurveyFixtures() {
    }

    /** A new organisation; returns its code (its id is {@link #organisationId}). */
    public static String organisation(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        String code = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO organisation (code, name) VALUES (?, ?)", code, "Trust " + code);
        return code;
    }

    public static long organisationId(JdbcOperations jdbc, TransactionOperations<Connection> tx, String code) {
        return Database.count(jdbc, tx, "SELECT id FROM organisation WHERE code = ?", code);
    }

    /** Makes the given round the staff survey's only current one; returns its id. */
    public static long onlyRound(JdbcOperations jdbc, TransactionOperations<Connection> tx, LocalDate opensOn, LocalDate closesOn,
                                 boolean codesRequired) {
        List<Long> others = tx.executeRead(status -> jdbc.prepareStatement("SELECT id FROM survey_round WHERE survey_id = ?", select -> {
            select.setString(1, SURVEY);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }));
        for (long id : others) {
            Date day = Date.valueOf(LocalDate.of(1900, 1, 1).plusDays(id));
            Database.update(jdbc, tx, "UPDATE survey_round SET opens_on = ?, closes_on = ? WHERE id = ?", day, day, id);
        }
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Database.update(jdbc, tx, "INSERT INTO survey_round (survey_id, name, opens_on, closes_on, codes_required) VALUES (?, ?, ?, ?, ?)",
                SURVEY, name, Date.valueOf(opensOn), Date.valueOf(closesOn), codesRequired);
        return Database.count(jdbc, tx, "SELECT id FROM survey_round WHERE survey_id = ? AND name = ?", SURVEY, name);
    }

    public static String roundName(JdbcOperations jdbc, TransactionOperations<Connection> tx, long roundId) {
        return tx.executeRead(status -> jdbc.prepareStatement("SELECT name FROM survey_round WHERE id = ?", select -> {
            select.setLong(1, roundId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }));
    }

    /** Answers to every page of the staff survey, with a marker in the free text to find the response by. */
    public static String[][] answers(String marker) {
        return new String[][] {
            {"harassment_public", "1_2", "harassment_manager", "never", "harassment_colleagues", "3_5"},
            {"career_progression", "dont_know", "discrimination_colleagues", "no", "discrimination_public", "yes"},
            {"pma_access", "yes", "development_access", "agree", "speak_up", "disagree", "one_change", marker},
            {"staff_group", "midwife", "band", "band_6", "ethnicity.group", "black"},
            {"ethnicity", "M"}
        };
    }

    /**
     * Presses Start with the given start-form fields, then answers every page, ending on the
     * check-your-answers page; returns its path and form token, for the test to send the answers
     * (once, twice, or after a change).
     */
    public static String[] answerAllButLast(WebClient client, String marker, String... startFields) {
        WebClient.Reply page = client.follow(client.post(BASE, startFields));
        String[][] answers = answers(marker);
        for (int i = 0; i < answers.length; i++) {
            WebClient.Reply posted = post(client, page, answers[i]);
            if (posted.status() != 303) {
                throw new AssertionError("page " + (i + 1) + " was refused: " + posted.body());
            }
            page = client.get(posted.location());
        }
        String action = page.html().selectFirst("form[method=post]").attr("action");
        return new String[] {action, WebClient.hiddenFields(page.html()).get("form-token")};
    }

    /** Sends the answers from the check-your-answers page that {@link #answerAllButLast} ended on. */
    public static WebClient.Reply postLast(WebClient client, String[] last, String marker) {
        return client.post(last[0], "form-token", last[1]);
    }

    private static WebClient.Reply post(WebClient client, WebClient.Reply page, String[] answers) {
        String[] fields = new String[answers.length + 2];
        fields[0] = "form-token";
        fields[1] = WebClient.hiddenFields(page.html()).get("form-token");
        System.arraycopy(answers, 0, fields, 2, answers.length);
        return client.post(page.html().selectFirst("form[method=post]").attr("action"), fields);
    }
}
