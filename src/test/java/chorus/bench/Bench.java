package chorus.bench;

import chorus.survey.Survey;
import chorus.survey.SurveyFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chorus's benchmark: runs the built jar as production does, against MySQL (MariaDB here), and prints
 * figures beside their targets. Not a test: surefire never runs it. Run it with
 * {@code ./mvnw -Pbench verify} (see the README, "Benchmarks"); settings are system properties:
 * {@code bench.url} (a MySQL server, default jdbc:mysql://127.0.0.1:3306), {@code bench.user},
 * {@code bench.password}, {@code bench.responses} (default 1,000,000), {@code bench.staff} (50,000),
 * {@code bench.clients} (32), {@code bench.seconds} (30), {@code bench.warmup} (30) and {@code bench.warmup.max} (600).
 *
 * <ol>
 * <li>Start-up on H2 and on MySQL: process start to the first 200 from /health.</li>
 * <li>Seeds the responses straight into the tables (batched JDBC), as many years of surveys would.</li>
 * <li>The answering flow over HTTP with K clients, each a person going through every page, checking
 * and sending, measured once the JIT has settled; then GET /health with the same clients, for the
 * ratio. Resident memory is sampled.</li>
 * <li>Reports: the page against the bare SQL it runs, median of five.</li>
 * <li>The CSV export of every response from an instance with a 256 MB heap: time, size, rows, peak heap.</li>
 * </ol>
 */
public final class Bench {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final String DB = "chorus_bench";
    private static final String ADMIN = "bench-admin";
    /** The JVM options production runs with (docker/Dockerfile), less the archive, which each run makes. */
    static final List<String> PRODUCTION_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
            "-XX:TrimNativeHeapInterval=1000", "-Dio.netty.allocator.type=unpooled");
    /** Two malloc arenas rather than eight per core: the JVM's own allocations need no more (docker/Dockerfile). */
    static final Map<String, String> PRODUCTION_ENV = Map.of("MALLOC_ARENA_MAX", "2");
    private static final String PASSWORD = "bench admin password 1";
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final String server = System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306");
    private final String user = System.getProperty("bench.user", "root");
    private final String password = System.getProperty("bench.password", "");
    private final int responses = Integer.getInteger("bench.responses", 1_000_000);
    private final int staff = Integer.getInteger("bench.staff", 50_000);
    private final int clients = Integer.getInteger("bench.clients", 32);
    private final int seconds = Integer.getInteger("bench.seconds", 30);
    /**
     * Load before the measured seconds, uncounted: at least this long, and then until the JIT has
     * settled (see {@link #warmUp}), but never longer than {@link #warmUpMax}.
     */
    private final int warmUp = Integer.getInteger("bench.warmup", 30);
    private final int warmUpMax = Integer.getInteger("bench.warmup.max", 600);
    /** Reuse the database a previous run seeded (same sizes) instead of seeding again: for profiling one part. */
    private final boolean reuse = Boolean.getBoolean("bench.reuse");
    /** Extra JVM options for the instance under load, e.g. -XX:StartFlightRecording=filename=chorus.jfr. */
    private final List<String> jvm = System.getProperty("bench.jvm", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.jvm").trim().split("\\s+"));
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    private String dbUrl() {
        return server + "/" + DB + "?characterEncoding=UTF-8&rewriteBatchedStatements=true";
    }

    private void run() throws Exception {
        Path jar = jar();
        System.out.println("Chorus benchmark: " + responses + " service-user responses, " + staff + " staff responses, "
                + clients + " clients for " + seconds + " s");
        machine();

        // Start-up on H2 also writes the class-data archive that production's start-up uses (docker/Dockerfile);
        // the instance under load below starts from it, as production does.
        Path archive = startUpOnH2(jar);
        Seeder.Seeded seeded;
        if (reuse) {
            seeded = Seeder.reused(dbUrl(), user, password);
        } else {
            try (Connection admin = DriverManager.getConnection(server + "/", user, password);
                    Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DB);
                s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            try (Chorus chorus = Chorus.start(jar, HOME, mysqlEnvironment(), PRODUCTION_JVM)) {
                figure("Start-up on MySQL, empty database (migrations included)", chorus.startUp().toMillis() + " ms", "");
            }
            long seeding = System.nanoTime();
            seeded = new Seeder(dbUrl(), user, password, FROM, TO).seed(responses, staff);
            figure("Seeding", String.format(Locale.ROOT, "%,d responses, %,d staff responses in %.0f s", responses, staff,
                    (System.nanoTime() - seeding) / 1e9), "");
        }

        List<String> options = fromArchive(archive);
        options.addAll(jvm);
        try (Chorus chorus = Chorus.start(jar, HOME, mysqlEnvironment(), options)) {
            figure("Start-up on MySQL with the data", chorus.startUp().toMillis() + " ms", "");
            tallied();
            load(chorus);
            reports(chorus, seeded);
        }
        export(jar);
        print();
    }

    /**
     * Waits for the instance to count the survey results it keeps (see V27): after seeding, every
     * response at once, in bulk; after bench.reuse, nothing.
     */
    private void tallied() throws Exception {
        long start = System.nanoTime();
        long surveys = SurveyFiles.latestOfEach(SurveyFiles.read(HOME.resolve("surveys"), new ArrayList<>())).stream()
                .filter(survey -> !survey.forStaff()).count();
        try (Connection db = DriverManager.getConnection(dbUrl(), user, password); Statement s = db.createStatement()) {
            while (true) {
                try (ResultSet rows = s.executeQuery("SELECT (SELECT COUNT(*) FROM result_tally_plan),"
                        + " (SELECT COUNT(*) FROM result_pending), (SELECT COUNT(*) FROM result_tally)")) {
                    rows.next();
                    if (rows.getInt(1) >= surveys && rows.getLong(2) == 0) {
                        figure("Survey results counted into kept tallies", String.format(Locale.ROOT,
                                "%,d counts, ready %.0f s after start-up", rows.getLong(3), (System.nanoTime() - start) / 1e9), "");
                        return;
                    }
                }
                Thread.sleep(1000);
            }
        }
    }

    private Map<String, String> mysqlEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CHORUS_DB_URL", server + "/" + DB + "?characterEncoding=UTF-8");
        env.put("CHORUS_DB_USER", user);
        env.put("CHORUS_DB_PASSWORD", password);
        env.putAll(PRODUCTION_ENV);
        env.put("CHORUS_ADMIN_USERNAME", ADMIN);
        env.put("CHORUS_ADMIN_PASSWORD", PASSWORD);
        return env;
    }

    /** Production's JVM options with the class-data archive, as the Docker image starts Chorus. */
    private static List<String> fromArchive(Path archive) {
        List<String> options = new ArrayList<>(PRODUCTION_JVM);
        options.add("-XX:SharedArchiveFile=" + archive);
        return options;
    }

    /**
     * Start-up on H2, from the process starting to the first 200 from /health, on an existing database
     * as every restart is: plain, then from a class-data archive made by docker/class-archive.sh, as
     * the Docker image makes it. Returns the archive.
     */
    private Path startUpOnH2(Path jar) throws Exception {
        Path data = Files.createTempDirectory("chorus-bench-h2");
        Path archive = data.resolve("chorus.jsa");
        List<String> script = new ArrayList<>(List.of("sh", "docker/class-archive.sh", jar.toString(), archive.toString()));
        script.addAll(PRODUCTION_JVM);
        ProcessBuilder making = new ProcessBuilder(script).directory(HOME.toFile()).inheritIO();
        making.environment().put("CLASS_ARCHIVE_PORT", Integer.toString(Chorus.freePort()));
        if (making.start().waitFor() != 0) {
            throw new IllegalStateException("docker/class-archive.sh made no class-data archive");
        }
        Map<String, String> env = new LinkedHashMap<>(PRODUCTION_ENV);
        env.put("CHORUS_DB_URL", "jdbc:h2:file:" + data.resolve("chorus")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE");
        // The first start creates the tables; the figures are starts on an existing database, as every restart is.
        try (Chorus first = Chorus.start(jar, HOME, env, PRODUCTION_JVM)) {
            first.startUp();
        }
        try (Chorus chorus = Chorus.start(jar, HOME, env, PRODUCTION_JVM)) {
            figure("Start-up on H2 without a class-data archive", chorus.startUp().toMillis() + " ms", "");
        }
        List<String> archived = fromArchive(archive);
        // Without -Xshare:on a JVM that cannot use the archive starts without it, silently; here that is an error.
        archived.add("-Xshare:on");
        try (Chorus chorus = Chorus.start(jar, HOME, env, archived)) {
            figure("Start-up on H2 (process start to /health 200), with the archive", chorus.startUp().toMillis() + " ms",
                    "≤ 3,000 ms");
        }
        return archive;
    }

    /** K people answering the whole survey at once, then /health with the same clients. */
    private void load(Chorus chorus) throws Exception {
        Map<String, String[]> answers = answers();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong completed = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        long rssPeak = 0;
        warmUp(chorus, answers);
        long compiledBefore = chorus.compilingMillis();
        List<Thread> people = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> person(chorus.base(), answers, stop, latencies, completed, requests, errors, firstErrors));
            t.start();
            people.add(t);
        }
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            Thread.sleep(500);
            rssPeak = Math.max(rssPeak, chorus.residentKb());
        }
        stop.set(true);
        for (Thread t : people) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        figure("JIT compiling during the measured seconds (both compiler threads)", String.format(Locale.ROOT,
                "%.1f s in %.0f s", (chorus.compilingMillis() - compiledBefore) / 1000.0, elapsed), "");
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        double flowRate = requests.get() / elapsed;
        figure("Complete responses per second (" + clients + " people at once)", String.format(Locale.ROOT, "%.1f",
                completed.get() / elapsed), "≥ 100");
        figure("Requests per second in the answering flow", String.format(Locale.ROOT, "%.0f", flowRate), "≈ 1,700");
        figure("Request latency p50 / p99", ms(percentile(all, 0.50)) + " / " + ms(percentile(all, 0.99)), "p99 < 250 ms");
        figure("Error pages or failed requests", errors.get() + (firstErrors.isEmpty() ? "" : " (first: " + firstErrors.peek() + ")"), "0");
        figure("Resident memory under load (peak sampled VmRSS)", rssPeak / 1024 + " MB", "≤ 300 MB");

        double healthRate = health(chorus.base());
        figure("GET /health per second, same clients", String.format(Locale.ROOT, "%.0f", healthRate), "");
        figure("Flow request rate ÷ /health rate", String.format(Locale.ROOT, "%.2f", flowRate / healthRate), "≥ 0.50");
    }

    /**
     * The flow's load, uncounted, until the JIT has settled: on 2 cores shared with the database and
     * the clients, its two compiler threads were still busy two and a half minutes into the load, and
     * measuring while they are would measure the compiler, not Chorus (half the steady rate, with the
     * 30 s of warm-up this benchmark once had). Settled: under a second of compiling in the last 10 s.
     */
    private void warmUp(Chorus chorus, Map<String, String[]> answers) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> people = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> person(chorus.base(), answers, stop, new ConcurrentLinkedQueue<>(), new AtomicLong(),
                    new AtomicLong(), new AtomicLong(), new ConcurrentLinkedQueue<>()));
            t.start();
            people.add(t);
        }
        long start = System.nanoTime();
        long compiled = chorus.compilingMillis();
        long lastWindow;
        do {
            Thread.sleep(10_000);
            long now = chorus.compilingMillis();
            lastWindow = now - compiled;
            compiled = now;
        } while ((System.nanoTime() - start) / 1e9 < warmUpMax
                && ((System.nanoTime() - start) / 1e9 < warmUp || lastWindow >= 1_000));
        stop.set(true);
        for (Thread t : people) {
            t.join();
        }
        figure("Warm-up, uncounted, until the JIT settled", String.format(Locale.ROOT, "%.0f s (%.1f s compiling in its last 10 s)",
                (System.nanoTime() - start) / 1e9, lastWindow / 1000.0), "");
    }

    /** One client: a person after another goes through the survey, every request timed. */
    private void person(URI base, Map<String, String[]> answers, AtomicBoolean stop, ConcurrentLinkedQueue<long[]> latencies,
                        AtomicLong completed, AtomicLong requests, AtomicLong errors, ConcurrentLinkedQueue<String> firstErrors) {
        long[] mine = new long[1 << 20];
        int n = 0;
        Random random = new Random();
        while (!stop.get()) {
            Visitor visitor = new Visitor(http, base);
            try {
                String lang = random.nextInt(4) == 0 ? "ur" : "en";
                visitor.get("/s/maternity-experience?lang=" + lang, 200);
                String next = visitor.post("/s/maternity-experience", 303, "lang", lang);
                for (int guard = 0; guard < 20 && !next.endsWith("/done"); guard++) {
                    String page = visitor.get(next, 200);
                    String action = match(ACTION, page);
                    String token = match(FORM_TOKEN, page);
                    String pageId = action.substring(action.lastIndexOf('/') + 1);
                    List<String> fields = new ArrayList<>(List.of("form-token", token));
                    fields.addAll(Arrays.asList(answers.getOrDefault(pageId, new String[0])));
                    next = visitor.post(action, 303, fields.toArray(String[]::new));
                }
                visitor.get(next, 200);
                completed.incrementAndGet();
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                if (firstErrors.size() < 3) {
                    firstErrors.add(e.getMessage());
                }
            }
            for (long latency : visitor.latencies()) {
                if (n < mine.length) {
                    mine[n++] = latency;
                }
            }
            requests.addAndGet(visitor.latencies().size());
        }
        latencies.add(Arrays.copyOf(mine, n));
    }

    private double health(URI base) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                Visitor visitor = new Visitor(http, base);
                while (!stop.get()) {
                    visitor.health();
                    done.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        long start = System.nanoTime();
        Thread.sleep(Math.max(5, seconds / 3) * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Each report's page against the SQL it runs, median of five after one warm-up. */
    private void reports(Chorus app, Seeder.Seeded seeded) throws Exception {
        Visitor analyst = new Visitor(http, app.base());
        String signIn = analyst.get("/sign-in", 200);
        analyst.post("/sign-in", 303, "csrfToken", match(CSRF, signIn), "username", ADMIN, "password", PASSWORD);
        String period = "from=" + FROM + "&to=" + TO;
        Survey maternity = SurveyFiles.latestOfEach(SurveyFiles.read(HOME.resolve("surveys"), new ArrayList<>())).stream()
                .filter(s -> s.id().equals("maternity-experience")).findFirst().orElseThrow();
        List<List<String>> questions = chorus.results.BareSql.questions(maternity,
                Files.readString(HOME.resolve("surveys/maternity-experience/results.yml")));
        try (Connection db = DriverManager.getConnection(dbUrl(), user, password)) {
            report("Representation report (LMNS, a year)", () -> analyst.get("/reports/representation?" + period, 200),
                    () -> {
                        List<Long> events = new ArrayList<>();
                        try (PreparedStatement select = db.prepareStatement(chorus.representation.BareSql.events())) {
                            select.setDate(1, java.sql.Date.valueOf(FROM));
                            select.setDate(2, java.sql.Date.valueOf(TO));
                            try (ResultSet rows = select.executeQuery()) {
                                while (rows.next()) {
                                    events.add(rows.getLong(1));
                                }
                            }
                        }
                        for (int start = 0; start < events.size(); start += 1000) {
                            List<Long> chunk = events.subList(start, Math.min(events.size(), start + 1000));
                            for (var statement : chorus.representation.BareSql.statements(chunk.size())) {
                                List<Object> values = new ArrayList<>(statement.getValue());
                                values.addAll(chunk);
                                query(db, statement.getKey(), values.toArray());
                            }
                        }
                        query(db, chorus.representation.BareSql.tallies(), java.sql.Date.valueOf(FROM), java.sql.Date.valueOf(TO));
                        List<Object> respondents = new ArrayList<>(chorus.representation.BareSql.respondentsValues());
                        respondents.addAll(List.of(java.sql.Date.valueOf(FROM), java.sql.Date.valueOf(TO)));
                        query(db, chorus.representation.BareSql.respondents(), respondents.toArray());
                    });
            report("Survey results by ethnic group (a year)", () -> analyst.get("/reports/results/maternity-experience?"
                    + period + "&by=ethnicity", 200), () -> {
                        List<Object> values = new ArrayList<>(List.of("maternity-experience", chorus.results.BareSql.ETHNICITY,
                                java.sql.Date.valueOf(FROM), java.sql.Date.valueOf(TO)));
                        values.addAll(questions.get(0));
                        query(db, chorus.results.BareSql.statement(questions.get(0).size()), values.toArray());
                    });
            report("WRES report (a round of " + staff + " staff)", () -> analyst.get("/reports/wres/" + seeded.roundId(), 200),
                    () -> query(db, chorus.wres.BareSql.respondents(), seeded.roundId()));
            // The board report quotes the reports above (and the themes, actions and workforce ones): it
            // has no bare SQL of its own to compare with, so only its time is measured.
            for (String[] board : new String[][] {{"a quarter, with the four before it", "2026-10-01", "2026-12-31"},
                    {"a year, with the four before it", "2026-01-01", "2026-12-31"}}) {
                Step page = () -> analyst.get("/reports/board?from=" + board[1] + "&to=" + board[2], 200);
                page.run();
                figure("Board report (LMNS, " + board[0] + ")", String.format(Locale.ROOT, "%.0f ms", median(page)), "≤ 5,000 ms");
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private void report(String name, Step page, Step sql) throws Exception {
        page.run();
        sql.run();
        double pageMs = median(page);
        double sqlMs = median(sql);
        figure(name + ": page / bare SQL", String.format(Locale.ROOT, "%.0f ms / %.0f ms = %.2f×", pageMs, sqlMs, pageMs / sqlMs),
                "≤ 1.5× and ≤ 2,000 ms");
    }

    private static double median(Step step) throws Exception {
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            step.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[2];
    }

    private static void query(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                // Every value, as the report reads every value it selects.
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                }
            }
        }
    }

    /** The whole CSV of the maternity survey from an instance whose heap is 256 MB. */
    private void export(Path jar) throws Exception {
        Path gcLog = Files.createTempFile("chorus-bench-gc", ".log");
        try (Chorus chorus = Chorus.start(jar, HOME, mysqlEnvironment(), List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog))) {
            chorus.startUp();
            Visitor admin = new Visitor(http, chorus.base());
            String signIn = admin.get("/sign-in", 200);
            admin.post("/sign-in", 303, "csrfToken", match(CSRF, signIn), "username", ADMIN, "password", PASSWORD);
            long start = System.nanoTime();
            long[] bytesAndRows = admin.download("/admin/surveys/maternity-experience/responses.csv");
            double took = (System.nanoTime() - start) / 1e9;
            figure("Export of every maternity-survey response, 256 MB heap", String.format(Locale.ROOT,
                    "%,d rows, %,d MB in %.1f s", bytesAndRows[1] - 1, bytesAndRows[0] / (1024 * 1024), took), "completes");
            figure("Peak heap during the export (before a collection, from the GC log)", peakHeap(gcLog) + " MB of 256 MB",
                    "constant");
        }
    }

    private static long peakHeap(Path gcLog) throws IOException {
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)").matcher(Files.readString(gcLog));
        long peak = 0;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    private void machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        String database = "unknown";
        try (Connection db = DriverManager.getConnection(server + "/", user, password); Statement s = db.createStatement();
             ResultSet v = s.executeQuery("SELECT VERSION()")) {
            database = v.next() ? v.getString(1) : database;
        } catch (SQLException e) {
            database = "not reachable: " + e.getMessage();
        }
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu + "; " + memory
                + "; Java " + System.getProperty("java.version") + "; database " + database
                + "; load average before: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private void figure(String name, String value, String target) {
        figures.put(name, value + (target.isEmpty() ? "" : "   (target " + target + ")"));
        System.out.println("  " + name + ": " + figures.get(name));
    }

    private void print() throws IOException {
        System.out.println();
        System.out.println("== Chorus benchmark summary ==");
        figures.forEach((name, value) -> System.out.println(String.format(Locale.ROOT, "%-72s %s", name, value)));
        System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    static Path jar() throws IOException {
        try (var files = Files.list(HOME.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("chorus-.*\\.jar")
                            && !f.getFileName().toString().contains("original"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build the jar first: ./mvnw package -DskipTests"));
        }
    }

    static String match(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in the page");
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /** Answers that show every page of the sample survey, as a phone would send them. */
    private static Map<String, String[]> answers() {
        Map<String, String[]> answers = new TreeMap<>();
        answers.put("start", new String[] {"consent", "consent", "care_stage", "birth_last_year"});
        answers.put("pregnancy", new String[] {"booking_weeks", "10", "antenatal_listened", "agree"});
        answers.put("birth", new String[] {"birth_place", "labour_ward", "birth_respect", "agree"});
        answers.put("language", new String[] {"needed_interpreter", "yes", "information_formats", "translated"});
        answers.put("interpreters", new String[] {"interpreter_provided", "sometimes"});
        answers.put("overall", new String[] {"fft", "good", "do_better", "More night staff, please"});
        answers.put("about_you", new String[] {"ethnicity.group", "asian", "postcode_district", "NR1", "first_language", "Urdu"});
        // The ethnic group's second step, posted to /p/about_you/ethnicity.
        answers.put("ethnicity", new String[] {"ethnicity", "J"});
        return answers;
    }

    static String encode(String... fieldsAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(fieldsAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fieldsAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** A browser's worth of cookies and the time of each request. */
    static final class Visitor {

        private final HttpClient http;
        private final URI base;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final List<Long> latencies = new ArrayList<>();

        Visitor(HttpClient http, URI base) {
            this.http = http;
            this.base = base;
        }

        List<Long> latencies() {
            return latencies;
        }

        String get(String path, int expected) {
            long start = System.nanoTime();
            String body = body(send(request(path).GET(), expected));
            latencies.add(System.nanoTime() - start);
            return body;
        }

        /** GET /health as a load balancer asks it: JSON, no cookies. */
        void health() {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            body(send(request.GET(), 200));
        }

        /** Posts a form; returns the Location of the 303. */
        String post(String path, int expected, String... fields) {
            long start = System.nanoTime();
            HttpResponse<InputStream> reply = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))), expected);
            body(reply);
            latencies.add(System.nanoTime() - start);
            return reply.headers().firstValue("Location").orElse("");
        }

        /** Bytes and lines of a download, read as it streams and thrown away. */
        long[] download(String path) throws IOException {
            HttpResponse<InputStream> reply = send(request(path).GET(), 200);
            long bytes = 0;
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = reply.body()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            return new long[] {bytes, lines};
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html");
            if (!cookies.isEmpty()) {
                builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .toList()));
            }
            return builder;
        }

        private HttpResponse<InputStream> send(HttpRequest.Builder request, int expected) {
            HttpResponse<InputStream> reply;
            try {
                reply = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new IllegalStateException("request failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            for (String cookie : reply.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            if (reply.statusCode() != expected) {
                body(reply);
                throw new IllegalStateException(request.build().method() + " " + request.build().uri().getPath() + " gave "
                        + reply.statusCode());
            }
            return reply;
        }

        private static String body(HttpResponse<InputStream> reply) {
            try (InputStream in = reply.body()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
