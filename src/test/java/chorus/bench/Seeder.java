package chorus.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a realistic volume of answers straight into the tables Chorus's migrations made: the
 * maternity survey (85% of responses) across a year, "about you" slips at 500 listening events of 10
 * MVPs (15%), and one staff survey round at five trusts. Batched JDBC with rewritten batches, one
 * commit per batch. Answers follow the shipped survey definitions, in plausible proportions.
 */
final class Seeder {

    /** What the benchmark needs to find again. */
    record Seeded(long roundId) {
    }

    private static final int BATCH = 5_000;
    private static final String[] ETHNICITY = {"A", "A", "A", "A", "A", "A", "B", "C", "D", "F", "H", "J", "J", "K", "M", "N",
        "R", "S", "Z"};
    private static final String[] AGREEMENT = {"strongly_agree", "agree", "agree", "neither", "disagree", "strongly_disagree",
        "not_applicable"};
    private static final String[] FFT = {"very_good", "very_good", "good", "good", "neither", "poor", "very_poor", "dont_know"};
    private static final String[] AGE = {"under_20", "20_24", "25_29", "30_34", "30_34", "35_39", "40_plus", "prefer_not"};
    private static final String[] DISTRICTS = {"NR1", "NR2", "NR3", "NR4", "NR5", "NR7", "NR13", "NR30", "NR31", "PE30", "IP22"};
    private static final String[] STAGE = {"pregnant", "birth_last_year", "birth_last_year", "birth_earlier", "partner"};
    private static final String[] ONLINE = {"own_smartphone", "own_smartphone", "computer_tablet", "shared_device", "not_online"};
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "ur", "pl", "ro", "bn", "ar"};
    private static final String[] HARASSMENT = {"never", "never", "never", "1_2", "3_5", "6_10", "more_than_10"};
    private static final String[] STAFF_GROUPS = {"midwife", "midwife", "maternity_support_worker", "obstetrician",
        "neonatal_nurse", "neonatal_doctor", "other"};

    private final String url;
    private final String user;
    private final String password;
    private final LocalDate from;
    private final long days;
    private final Random random = new Random(2026);

    Seeder(String url, String user, String password, LocalDate from, LocalDate to) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.from = from;
        this.days = ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** What an earlier run seeded into the same database (bench.reuse). */
    static Seeded reused(String url, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement s = db.createStatement();
                java.sql.ResultSet round = s.executeQuery("SELECT MIN(id) FROM survey_round")) {
            if (!round.next() || round.getLong(1) == 0) {
                throw new IllegalStateException("bench.reuse: the database holds no seeded run; run once without it");
            }
            return new Seeded(round.getLong(1));
        }
    }

    Seeded seed(int responses, int staff) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long[] events = events(db);
            responses(db, responses, events);
            return new Seeded(staff(db, staff));
        }
    }

    private long[] events(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (int m = 1; m <= 10; m++) {
                s.executeUpdate("INSERT INTO mvp (id, code, name) VALUES (" + m + ", 'mvp-" + m + "', 'MVP " + m + "')");
            }
        }
        long[] events = new long[500];
        String[] kinds = {"LISTENING_EVENT", "WALK_THE_PATCH", "FIFTEEN_STEPS", "COMMUNITY_VISIT", "ONLINE_MEETING"};
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO listening_event (id, mvp_id, reference, kind, held_on,"
                + " attendance) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int e = 0; e < events.length; e++) {
                events[e] = e + 1;
                insert.setLong(1, events[e]);
                insert.setLong(2, 1 + e % 10);
                insert.setString(3, UUID.randomUUID().toString().replace("-", "").substring(0, 12));
                insert.setString(4, kinds[e % kinds.length]);
                insert.setDate(5, java.sql.Date.valueOf(from.plusDays(random.nextInt((int) days))));
                insert.setInt(6, 400);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        return events;
    }

    private void responses(Connection db, int count, long[] events) throws SQLException {
        try (PreparedStatement response = db.prepareStatement("INSERT INTO response (id, survey_id, survey_version, language,"
                + " channel, submitted_on, submission_key, event_id, record_key) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)");
             PreparedStatement answer = db.prepareStatement("INSERT INTO answer (response_id, question_id, option_value,"
                     + " text_value) VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                boolean aboutYou = random.nextInt(100) < 15;
                long event = events[random.nextInt(events.length)];
                response.setLong(1, i);
                response.setString(2, aboutYou ? "about-you" : "maternity-experience");
                response.setString(3, pick(LANGUAGES));
                response.setString(4, aboutYou ? (random.nextBoolean() ? "EVENT" : "PAPER")
                        : random.nextInt(10) < 8 ? "ONLINE" : "PAPER");
                response.setDate(5, java.sql.Date.valueOf(from.plusDays(random.nextInt((int) days))));
                response.setString(6, UUID.randomUUID().toString());
                if (aboutYou) {
                    response.setLong(7, event);
                } else {
                    response.setNull(7, java.sql.Types.BIGINT);
                }
                response.setInt(8, random.nextInt(256));
                response.addBatch();
                if (random.nextInt(10) > 0) {
                    add(answer, i, "ethnicity", pick(ETHNICITY));
                }
                add(answer, i, "age_band", pick(AGE));
                add(answer, i, "postcode_district", pick(DISTRICTS));
                if (aboutYou) {
                    add(answer, i, "first_language", null, random.nextInt(4) == 0 ? "Urdu" : "English");
                } else {
                    add(answer, i, "consent", "consent");
                    add(answer, i, "care_stage", pick(STAGE));
                    add(answer, i, "antenatal_listened", pick(AGREEMENT));
                    add(answer, i, "birth_respect", pick(AGREEMENT));
                    add(answer, i, "needed_interpreter", random.nextInt(8) == 0 ? "yes" : "no");
                    add(answer, i, "online_access", pick(ONLINE));
                    add(answer, i, "fft", pick(FFT));
                    if (random.nextInt(10) == 0) {
                        add(answer, i, "do_better", null, "More time to talk, and an interpreter at every visit.");
                    }
                }
                if (i % BATCH == 0 || i == count) {
                    response.executeBatch();
                    answer.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private long staff(Connection db, int count) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (int o = 1; o <= 5; o++) {
                s.executeUpdate("INSERT INTO organisation (id, code, name) VALUES (" + o + ", 'R0" + o + "', 'Trust " + o + "')");
            }
            s.executeUpdate("INSERT INTO survey_round (id, survey_id, name, opens_on, closes_on) VALUES (1, 'staff-experience',"
                    + " 'Bench round', DATE '2026-09-01', DATE '2026-10-31')");
        }
        List<String> questions = List.of("harassment_public", "harassment_manager", "harassment_colleagues");
        try (PreparedStatement response = db.prepareStatement("INSERT INTO staff_response (id, survey_id, survey_version,"
                + " language, round_id, organisation_id, record_key) VALUES (?, 'staff-experience', 1, 'en', 1, ?, ?)");
             PreparedStatement answer = db.prepareStatement("INSERT INTO staff_answer (response_id, question_id, seq,"
                     + " option_value) VALUES (?, ?, 1, ?)")) {
            for (int i = 1; i <= count; i++) {
                String id = UUID.randomUUID().toString();
                response.setString(1, id);
                response.setLong(2, 1 + random.nextInt(5));
                response.setInt(3, random.nextInt(256));
                response.addBatch();
                staffAnswer(answer, id, "ethnicity", pick(ETHNICITY));
                staffAnswer(answer, id, "staff_group", pick(STAFF_GROUPS));
                for (String question : questions) {
                    staffAnswer(answer, id, question, pick(HARASSMENT));
                }
                staffAnswer(answer, id, "career_progression", random.nextBoolean() ? "yes" : random.nextBoolean() ? "no" : "dont_know");
                staffAnswer(answer, id, "discrimination_colleagues", random.nextInt(6) == 0 ? "yes" : "no");
                if (i % BATCH == 0 || i == count) {
                    response.executeBatch();
                    answer.executeBatch();
                    db.commit();
                }
            }
        }
        return 1;
    }

    private static void staffAnswer(PreparedStatement answer, String id, String question, String value) throws SQLException {
        answer.setString(1, id);
        answer.setString(2, question);
        answer.setString(3, value);
        answer.addBatch();
    }

    private static void add(PreparedStatement answer, long response, String question, String option) throws SQLException {
        add(answer, response, question, option, null);
    }

    private static void add(PreparedStatement answer, long response, String question, String option, String text)
            throws SQLException {
        answer.setLong(1, response);
        answer.setString(2, question);
        answer.setString(3, option);
        answer.setString(4, text);
        answer.addBatch();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
