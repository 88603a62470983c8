package chorus.bench;

import chorus.theme.BareSql;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What people said, at scale, on MySQL: the built jar against its own database, with figures printed
 * beside their targets. Not a test. Run it with
 * {@code ./mvnw -Pbench verify -Dbench.main=chorus.bench.ThemesBenchmark} (see the README,
 * "Benchmarks"); {@code bench.items} (default 200,000) and {@code bench.codings} (1,000,000) set the sizes.
 *
 * <ol>
 * <li>Seeds {@code bench.items} survey responses across a year, each with an ethnic group and a free-text
 * answer holding a phone number, an NHS number or a listed name about one time in three.</li>
 * <li>Inbox: the first visit to the coding list brings every answer in, redacting it on the way:
 * items per second through the whole path (read, redact, write), against 5,000.</li>
 * <li>Codes nine in ten items straight in SQL with {@code bench.codings} theme codings between them, and
 * adds a coded event comment linked to one response in a hundred.</li>
 * <li>Starts again, so the kept counts are made from every coding, and times the first report.</li>
 * <li>The coding list (new items; coded items, first and 100th page) and the themes report for the
 * year (and its bare SQL), median of five, against 300 ms and 2 s.</li>
 * </ol>
 */
public final class ThemesBenchmark {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final String DB = "chorus_themes_bench";
    private static final String ADMIN = "bench-admin";
    private static final String PASSWORD = "bench admin password 1";
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final String[] ETHNICITY = {"A", "A", "A", "B", "C", "D", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z"};
    private static final String[] SAID = {
        "The midwife explained everything and I felt listened to.",
        "Nobody told me why we waited so long. Call me on 07700 900123.",
        "ترجمان نہیں آیا اور مجھے بہت دیر تک انتظار کرنا پڑا۔",
        "Nie było tłumacza. Mój numer NHS to 943 476 5919.",
        "Asistenta a fost foarte amabilă, dar camera era murdară.",
        "Zofia Kowalczyk on the ward was kind but the food was cold.",
    };

    /** The rows of said_theme for every coded item, as the V26 migration writes them. */
    private static final String SAID_THEME = "INSERT INTO said_theme (theme_id, person, item_id, source, said_on, round_id,"
            + " mvp_id, survey_id, response_id, language, channel, sentiment, item_key, person_key)"
            + " SELECT DISTINCT u.counted_as, CASE WHEN i.source = 'STAFF' THEN i.staff_response_id"
            + " WHEN i.response_id IS NOT NULL THEN CONCAT('', i.response_id) WHEN i.comment_id IS NOT NULL"
            + " THEN CONCAT('-', i.comment_id) ELSE '' END, i.id, i.source, i.said_on, i.round_id, i.mvp_id, i.survey_id,"
            + " i.response_id, i.language, i.channel, i.sentiment, i.record_key,"
            + " CASE WHEN i.source = 'STAFF' THEN s.record_key ELSE COALESCE(r.record_key, i.record_key) END"
            + " FROM said_item i JOIN theme_coding c ON c.item_id = i.id AND c.coder = i.decided_by"
            + " JOIN theme_rollup u ON u.theme_id = c.theme_id LEFT JOIN response r ON r.id = i.response_id"
            + " LEFT JOIN staff_response s ON s.id = i.staff_response_id WHERE i.status = 'CODED'";

    private final String server = System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306");
    private final String user = System.getProperty("bench.user", "root");
    private final String password = System.getProperty("bench.password", "");
    private final int items = Integer.getInteger("bench.items", 200_000);
    private final int codings = Integer.getInteger("bench.codings", 1_000_000);
    private final Random random = new Random(13);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        new ThemesBenchmark().run();
    }

    private String dbUrl() {
        return server + "/" + DB + "?characterEncoding=UTF-8&rewriteBatchedStatements=true";
    }

    private void run() throws Exception {
        Path jar = Bench.jar();
        System.out.println("Chorus themes benchmark: " + String.format(Locale.ROOT, "%,d items, %,d codings", items, codings));
        try (Connection admin = DriverManager.getConnection(server + "/", user, password); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Map<String, String> env = Map.of("CHORUS_DB_URL", server + "/" + DB + "?characterEncoding=UTF-8", "CHORUS_DB_USER", user,
                "CHORUS_DB_PASSWORD", password, "CHORUS_ADMIN_USERNAME", ADMIN, "CHORUS_ADMIN_PASSWORD", PASSWORD);
        // The first start creates the tables and seeds the codebook.
        try (Chorus chorus = Chorus.start(jar, HOME, env, List.of())) {
            chorus.startUp();
        }
        long seeding = System.nanoTime();
        try (Connection db = DriverManager.getConnection(dbUrl(), user, password)) {
            db.setAutoCommit(false);
            seedAnswers(db);
        }
        figure("Seeding " + String.format(Locale.ROOT, "%,d", items) + " responses with a free-text answer",
                String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - seeding) / 1e9), "");

        try (Chorus chorus = Chorus.start(jar, HOME, env, List.of("-Xmx256m"))) {
            chorus.startUp();
            Bench.Visitor admin = new Bench.Visitor(http, chorus.base());
            String signIn = admin.get("/sign-in", 200);
            admin.post("/sign-in", 303, "csrfToken", Bench.match(CSRF, signIn), "username", ADMIN, "password", PASSWORD);
            admin.get("/admin/redaction", 200);
            String names = admin.get("/admin/redaction", 200);
            admin.post("/admin/redaction", 303, "csrfToken", Bench.match(CSRF, names), "kind", "STAFF", "name", "Zofia Kowalczyk");

            long start = System.nanoTime();
            admin.get("/themes", 200);
            double seconds = (System.nanoTime() - start) / 1e9;
            long brought = count("SELECT COUNT(*) FROM said_item");
            figure("Inbox: answers brought in and redacted", String.format(Locale.ROOT, "%,d in %.1f s = %,.0f items/s",
                    brought, seconds, brought / seconds), "≥ 5,000 items/s");
            long redacted = count("SELECT COUNT(*) FROM said_item WHERE redacted_text LIKE '%[phone]%'"
                    + " OR redacted_text LIKE '%[NHS number]%' OR redacted_text LIKE '%[name]%'");
            figure("Items with an identifier redacted", String.format(Locale.ROOT, "%,d", redacted), "");

            long coding = System.nanoTime();
            try (Connection db = DriverManager.getConnection(dbUrl(), user, password)) {
                db.setAutoCommit(false);
                code(db);
                speak(db);
                // A coder's save writes the rows the report counts by in its own transaction; coded here in
                // SQL, they are written as the V26 migration writes them for codings made before it.
                try (Statement s = db.createStatement()) {
                    s.executeUpdate(SAID_THEME);
                    // And counted again from scratch by the next start, as after the V28 migration.
                    s.executeUpdate("DELETE FROM said_count_plan");
                }
                db.commit();
                // Statistics as InnoDB keeps them for tables that grew over months, not the stale ones of a bulk load.
                try (Statement s = db.createStatement()) {
                    s.execute("ANALYZE TABLE said_item, theme_coding, theme_rollup, said_theme, answer, response");
                }
            }
            figure("Coding in SQL", String.format(Locale.ROOT, "%,d codings in %.0f s",
                    count("SELECT COUNT(*) FROM theme_coding"), (System.nanoTime() - coding) / 1e9), "");
        }

        try (Chorus chorus = Chorus.start(jar, HOME, env, List.of("-Xmx256m"))) {
            chorus.startUp();
            Bench.Visitor admin = new Bench.Visitor(http, chorus.base());
            String signIn = admin.get("/sign-in", 200);
            admin.post("/sign-in", 303, "csrfToken", Bench.match(CSRF, signIn), "username", ADMIN, "password", PASSWORD);
            String year = "from=" + FROM + "&to=" + FROM.plusYears(1).minusDays(1);
            // The first report waits for the first count of everything coded, which the start began.
            long first = System.nanoTime();
            admin.get("/reports/themes?" + year, 200);
            figure("First report after start-up, counting every coding once", String.format(Locale.ROOT, "%.1f s (%,d counts,"
                    + " %,d people counted from their items)", (System.nanoTime() - first) / 1e9, count("SELECT COUNT(*) FROM said_count"),
                    count("SELECT COUNT(*) FROM said_mixed")), "");
            try (Connection db = DriverManager.getConnection(dbUrl(), user, password); Statement s = db.createStatement()) {
                s.execute("ANALYZE TABLE said_count, said_mixed");
            }

            // A freshly started instance runs its code interpreted at first: warm it as one that has served a day.
            for (int i = 0; i < 10; i++) {
                admin.get("/themes?source=SURVEY&status=NEW&" + year, 200);
                admin.get("/themes?source=SURVEY&status=CODED&page=" + (1 + i * 10) + "&" + year, 200);
                admin.get("/reports/themes?" + year, 200);
            }

            page("Coding list, new items", () -> admin.get("/themes?source=SURVEY&status=NEW&" + year, 200), "≤ 300 ms");
            page("Coding list, coded items, page 1", () -> admin.get("/themes?source=SURVEY&status=CODED&" + year, 200),
                    "≤ 300 ms");
            page("Coding list, coded items, page 100", () -> admin.get("/themes?source=SURVEY&status=CODED&page=100&"
                    + year, 200), "≤ 300 ms");
            page("Themes report, the LMNS for a year", () -> admin.get("/reports/themes?" + year, 200), "≤ 2,000 ms");
            page("  its bare SQL", () -> {
                try (Connection db = DriverManager.getConnection(dbUrl(), user, password)) {
                    for (var statement : BareSql.page(FROM, FROM.plusYears(1).minusDays(1),
                            List.of("ethnicity", "postcode_district"))) {
                        try (PreparedStatement select = db.prepareStatement(statement.getKey())) {
                            for (int i = 0; i < statement.getValue().size(); i++) {
                                select.setObject(i + 1, statement.getValue().get(i));
                            }
                            try (ResultSet rows = select.executeQuery()) {
                                while (rows.next()) {
                                    rows.getObject(1);
                                }
                            }
                        }
                    }
                }
            }, "");
            page("Themes report CSV, by ethnic group", () -> admin.get("/reports/themes/csv?table=ethnicity&" + year, 200),
                    "≤ 2,000 ms");
        }
    }

    /**
     * One person in a hundred also spoke at a listening event a month after answering, in a comment
     * linked to their response and coded with one theme: people whose items span days, whom the
     * report counts from their items.
     */
    private void speak(Connection db) throws SQLException {
        long theme;
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT MIN(id) FROM theme WHERE parent_id IS NOT NULL")) {
            rows.next();
            theme = rows.getLong(1);
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO said_item (id, source, response_id, language, channel, said_on, redacted_text,"
                    + " redaction_edited, status, sentiment, safeguarding, double_coded, version, record_key, decided_by)"
                    + " SELECT UUID(), 'EVENT', i.response_id, 'en', 'EVENT', DATE_ADD(i.said_on, INTERVAL 30 DAY),"
                    + " 'Said at a listening event', FALSE, 'CODED', 'NEUTRAL', FALSE, FALSE, 0, i.record_key, 'bench'"
                    + " FROM said_item i WHERE i.status = 'CODED' AND i.response_id % 100 = 0");
            s.executeUpdate("INSERT INTO theme_coding (item_id, coder, theme_id) SELECT id, 'bench', " + theme
                    + " FROM said_item WHERE source = 'EVENT' AND redacted_text = 'Said at a listening event'");
        }
    }

    private void seedAnswers(Connection db) throws SQLException {
        try (PreparedStatement response = db.prepareStatement("INSERT INTO response (id, survey_id, survey_version, language,"
                + " channel, submitted_on, submission_key, record_key) VALUES (?, 'maternity-experience', 1, ?, 'ONLINE', ?, ?, ?)");
             PreparedStatement answer = db.prepareStatement("INSERT INTO answer (response_id, question_id, option_value,"
                     + " text_value) VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= items; i++) {
                int said = random.nextInt(SAID.length);
                response.setLong(1, i);
                response.setString(2, new String[] {"en", "en", "ur", "pl", "ro", "en"}[said]);
                response.setDate(3, java.sql.Date.valueOf(FROM.plusDays(random.nextInt(365))));
                response.setString(4, UUID.randomUUID().toString());
                response.setInt(5, random.nextInt(256));
                response.addBatch();
                answer.setLong(1, i);
                answer.setString(2, "ethnicity");
                answer.setString(3, ETHNICITY[random.nextInt(ETHNICITY.length)]);
                answer.setString(4, null);
                answer.addBatch();
                answer.setLong(1, i);
                answer.setString(2, "do_better");
                answer.setString(3, null);
                answer.setString(4, SAID[said] + " " + i);
                answer.addBatch();
                if (i % 5000 == 0 || i == items) {
                    response.executeBatch();
                    answer.executeBatch();
                    db.commit();
                }
            }
        }
    }

    /** Nine in ten items coded, each with themes of the codebook's lower levels, `codings` in all. */
    private void code(Connection db) throws SQLException {
        List<Long> themes = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT id FROM theme WHERE parent_id IS NOT NULL")) {
            while (rows.next()) {
                themes.add(rows.getLong(1));
            }
        }
        List<String> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT id FROM said_item ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        int coded = ids.size() * 9 / 10;
        // Spread the codings evenly: some items get one theme more than others.
        int perItem = codings / Math.max(1, coded);
        int oneMore = codings % Math.max(1, coded);
        try (PreparedStatement item = db.prepareStatement("UPDATE said_item SET status = 'CODED', sentiment = ?,"
                + " decided_by = 'bench' WHERE id = ?");
             PreparedStatement coding = db.prepareStatement("INSERT INTO theme_coding (item_id, coder, theme_id) VALUES (?, 'bench', ?)")) {
            for (int i = 0; i < coded; i++) {
                item.setString(1, new String[] {"POSITIVE", "NEGATIVE", "MIXED", "NEUTRAL"}[random.nextInt(4)]);
                item.setString(2, ids.get(i));
                item.addBatch();
                int first = random.nextInt(themes.size());
                for (int k = 0; k < Math.min(themes.size(), perItem + (i < oneMore ? 1 : 0)); k++) {
                    coding.setString(1, ids.get(i));
                    coding.setLong(2, themes.get((first + k) % themes.size()));
                    coding.addBatch();
                }
                if (i % 2000 == 0 || i == coded - 1) {
                    item.executeBatch();
                    coding.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** The median of five after one visit to warm up; a page that takes over a minute is said to, and left. */
    private void page(String name, Step step, String target) throws Exception {
        try {
            step.run();
        } catch (IllegalStateException e) {
            figure(name, "no answer within 60 s (" + e.getMessage() + ")", target);
            return;
        }
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            step.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        figure(name + " (median of 5)", String.format(Locale.ROOT, "%.0f ms", times[2]), target);
    }

    private long count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(dbUrl(), user, password); Statement s = db.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void figure(String name, String value, String target) {
        System.out.println(String.format(Locale.ROOT, "  %-60s %s%s", name, value, target.isEmpty() ? "" : "   (target " + target + ")"));
    }
}
