package chorus.representation;

import chorus.disclosure.RecordKeys;
import chorus.support.Database;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes listening events, "about you" answers and tallies straight into the tables, as the event pages
 * would. A response is stored with the key of its identity under the installation's secret, as the
 * V19 migration gave responses stored before keys were, so a test can work out the figures the report
 * must publish ({@link HeardModel}).
 */
public final class Voices {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final RecordKeys keys;

    public Voices(JdbcOperations jdbc, TransactionOperations<Connection> tx, RecordKeys keys) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.keys = keys;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public long mvp(String code) {
        Database.update(jdbc, tx, "INSERT INTO mvp (code, name) VALUES (?, ?)", code, "MVP " + code);
        return Database.count(jdbc, tx, "SELECT id FROM mvp WHERE code = ?", code);
    }

    public long event(long mvp, String kind, LocalDate heldOn, int attendance) {
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database.update(jdbc, tx, "INSERT INTO listening_event (mvp_id, reference, kind, held_on, attendance) VALUES (?, ?, ?, ?, ?)",
                mvp, reference, kind, java.sql.Date.valueOf(heldOn), attendance);
        return Database.count(jdbc, tx, "SELECT id FROM listening_event WHERE reference = ?", reference);
    }

    /**
     * One "about you" response at an event, and its id. postcodeInText stores the district in
     * text_value, which the report must read as well as option_value.
     */
    public long aboutYou(long event, String channel, String ethnicity, String district, boolean postcodeInText, String language) {
        String key = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on,"
                + " submission_key, event_id, record_key) VALUES ('about-you', 1, 'en', ?, ?, ?, ?, 0)", channel,
                java.sql.Date.valueOf(LocalDate.now()), key, event);
        long response = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        Database.update(jdbc, tx, "UPDATE response SET record_key = ? WHERE id = ?",
                keys.key(HeardModel.responseIdentity(response)), response);
        if (ethnicity != null) {
            answer(response, "ethnicity", ethnicity, null);
        }
        if (district != null) {
            answer(response, "postcode_district", postcodeInText ? null : district, postcodeInText ? district : null);
        }
        if (language != null) {
            answer(response, "first_language", language, null);
        }
        answer(response, "age_band", "25_34", null);
        Database.stored(jdbc, tx, response);
        return response;
    }

    /** Responses with only an ethnicity, and their ids. */
    public List<Long> aboutYou(long event, String channel, String ethnicity, int times) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            ids.add(aboutYou(event, channel, ethnicity, null, false, null));
        }
        return ids;
    }

    public void tally(long event, String category, int people) {
        Database.update(jdbc, tx, "INSERT INTO event_tally (event_id, ethnic_category, people) VALUES (?, ?, ?)",
                event, category, people);
    }

    private void answer(long response, String question, String option, String text) {
        Database.update(jdbc, tx, "INSERT INTO answer (response_id, question_id, option_value, text_value) VALUES (?, ?, ?, ?)",
                response, question, option, text);
    }
}
