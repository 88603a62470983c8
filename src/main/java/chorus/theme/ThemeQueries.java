package chorus.theme;

import chorus.disclosure.Count;
import chorus.disclosure.RecordKeys;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Counts coded items and the people behind them per theme, with the sum of their record keys for
 * disclosure control. A coding counts for its theme and every theme above it, once per item and once
 * per person however many of a theme's children they were coded with; only the coding that counts
 * (the item's decided_by) counts. said_theme (V26) holds that already, one row per item and theme
 * it counts for, so the counts are read from it alone.
 *
 * <p>Counting each person once per theme and group is a distinct count, which MySQL does with a
 * temporary table of every (theme, person, group) row: at a million codings, two seconds a table on
 * two cores, and the report has nine. Instead one pass reads the scope's rows in key order (each
 * theme's people together) and counts every table asked for at once, each person once per theme and
 * group value as the distinct count did.
 */
@Singleton
class ThemeQueries {

    /**
     * Whose items: service users' (surveys and events, in a period by the day they were said, of one
     * MVP or survey or all) or staff's (by their round's closing date: they have no day of their own).
     */
    record Scope(boolean staff, LocalDate from, LocalDate to, Long mvpId, String surveyId) {
    }

    /** What divides people: a value of the item, or the person's answer to one of some questions. */
    enum By {
        SOURCE, LANGUAGE, CHANNEL, QUARTER, ANSWER
    }

    /** What divides people, and how a value becomes a row (several values may make one row). */
    record Grouping(By by, Collection<String> questions, Function<String, String> rowOf) {

        /** A column of the item: source, language or channel. */
        static Grouping column(String column, Function<String, String> rowOf) {
            return new Grouping(By.valueOf(column.toUpperCase(java.util.Locale.ROOT)), List.of(), rowOf);
        }

        /** The person's answer to one of these questions (in the response the item belongs to). */
        static Grouping answer(boolean staff, Collection<String> questions, Function<String, String> rowOf) {
            return new Grouping(By.ANSWER, List.copyOf(questions), rowOf);
        }

        /** A calendar quarter, as "2026-2" for April to June 2026. */
        static Grouping quarter() {
            return new Grouping(By.QUARTER, List.of(), Function.identity());
        }
    }

    /** Counts by theme id and row. */
    record Counts(Map<Long, Map<String, Count>> byTheme) {

        Count get(long theme, String row) {
            return byTheme.getOrDefault(theme, Map.of()).getOrDefault(row, Count.NONE);
        }
    }

    /** What one pass counted: people for each grouping asked for, in order, and items by sentiment. */
    record Tally(List<Counts> people, Counts items) {
    }

    private final JdbcOperations jdbc;

    ThemeQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Coded items per theme and sentiment (row "" for none). */
    @Transactional
    Counts itemsBySentiment(Scope scope) {
        return tally(scope, List.of()).items();
    }

    /** People per theme and group: each person once per theme, in the group their own answer puts them. */
    @Transactional
    Counts people(Scope scope, Grouping grouping) {
        return tally(scope, List.of(grouping)).people().get(0);
    }

    /** People per theme for each grouping, and items per theme and sentiment, in one pass over the scope. */
    @Transactional
    Tally tally(Scope scope, List<Grouping> groupings) {
        Set<String> questions = new TreeSet<>();
        groupings.stream().filter(g -> g.by() == By.ANSWER).forEach(g -> questions.addAll(g.questions()));
        Map<String, String[]> answers = questions.isEmpty() ? Map.of() : answers(scope, questions);
        Pass pass = new Pass(groupings, answers);
        List<Object> values = new ArrayList<>();
        String sql = "SELECT x.theme_id, x.person, x.person_key, x.source, x.language, x.channel,"
                + " YEAR(x.said_on) * 10 + QUARTER(x.said_on), x.sentiment, x.item_key" + from(scope, values)
                + " ORDER BY x.theme_id, x.person";
        jdbc.prepareStatement(sql, (PreparedStatement select) -> {
            stream(select);
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int quarter = rows.getInt(7);
                    pass.row(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.wasNull() ? 0 : quarter, rows.getString(8), rows.getLong(9));
                }
            }
            return null;
        });
        return pass.done();
    }

    /**
     * Each person's answers to these questions, as question and value pairs, for the people of the
     * scope. Read where they are, not copied into said_theme: a corrected paper form changes them.
     */
    private Map<String, String[]> answers(Scope scope, Collection<String> questions) {
        List<Object> values = new ArrayList<>();
        String people = "SELECT DISTINCT x.person, x.response_id" + from(scope, values)
                + (scope.staff() ? "" : " AND x.response_id IS NOT NULL");
        String in = String.join(", ", questions.stream().map(q -> "?").toList());
        values.addAll(questions);
        String sql = scope.staff()
                ? "SELECT p.person, b.question_id, COALESCE(b.option_value, b.text_value) FROM (" + people + ") p"
                        + " JOIN staff_answer b ON b.response_id = p.person AND b.seq = 1 AND b.question_id IN (" + in + ")"
                : "SELECT p.person, b.question_id, COALESCE(b.option_value, b.text_value) FROM (" + people + ") p"
                        + " JOIN answer b ON b.response_id = p.response_id AND b.question_id IN (" + in + ")";
        Map<String, String[]> found = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        jdbc.prepareStatement(sql, (PreparedStatement select) -> {
            stream(select);
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String question = shared.computeIfAbsent(rows.getString(2), Function.identity());
                    String value = rows.getString(3);
                    value = value == null ? null : shared.computeIfAbsent(value, Function.identity());
                    String[] before = found.get(rows.getString(1));
                    String[] now = before == null ? new String[2] : Arrays.copyOf(before, before.length + 2);
                    now[now.length - 2] = question;
                    now[now.length - 1] = value;
                    found.put(rows.getString(1), now);
                }
            }
            return null;
        });
        return found;
    }

    /** Rows come as they are read, not all at once: a million of them would not fit the heap. */
    private static void stream(PreparedStatement select) throws java.sql.SQLException {
        if (!select.getConnection().getMetaData().getDatabaseProductName().contains("H2")) {
            select.setFetchSize(Integer.MIN_VALUE);
        }
    }

    /** The said_theme rows of the scope; {@code o} is the staff item's round. */
    private static String from(Scope scope, List<Object> values) {
        StringBuilder sql = new StringBuilder(" FROM said_theme x");
        if (scope.staff()) {
            sql.append(" JOIN survey_round o ON o.id = x.round_id WHERE x.source = 'STAFF' AND o.closes_on BETWEEN ? AND ?");
        } else {
            sql.append(" WHERE x.source IN ('SURVEY', 'EVENT') AND x.said_on BETWEEN ? AND ?");
        }
        values.add(Date.valueOf(scope.from()));
        values.add(Date.valueOf(scope.to()));
        if (scope.mvpId() != null) {
            sql.append(" AND x.mvp_id = ?");
            values.add(scope.mvpId());
        }
        if (scope.surveyId() != null) {
            sql.append(" AND x.survey_id = ?");
            values.add(scope.surveyId());
        }
        return sql.toString();
    }

    /**
     * One pass over rows in (theme, person) order. Each row is one item counted for one theme. A
     * person's rows for a theme are read together, and the person counts once for each distinct
     * (value, record key) of each grouping among them: what SELECT DISTINCT over theme, person, key and
     * value counted before.
     */
    private static final class Pass {

        private final List<Grouping> groupings;
        private final Map<String, String[]> answers;
        /** Per grouping: theme, value, then people and the sum of their keys. */
        private final List<Map<Long, Map<String, long[]>>> people = new ArrayList<>();
        private final Map<Long, Map<String, long[]>> items = new TreeMap<>();
        private final Map<Integer, String> quarters = new HashMap<>();
        /** The person being read: theme, id, and per grouping the (value, key) pairs seen. */
        private long theme = Long.MIN_VALUE;
        private String person;
        private final List<List<Object[]>> seen = new ArrayList<>();

        Pass(List<Grouping> groupings, Map<String, String[]> answers) {
            this.groupings = groupings;
            this.answers = answers;
            for (int i = 0; i < groupings.size(); i++) {
                people.add(new TreeMap<>());
                seen.add(new ArrayList<>(2));
            }
        }

        void row(long themeId, String personId, long personKey, String source, String language, String channel,
                 int quarter, String sentiment, long itemKey) {
            long[] item = items.computeIfAbsent(themeId, t -> new HashMap<>())
                    .computeIfAbsent(sentiment == null ? "" : sentiment, s -> new long[2]);
            item[0]++;
            item[1] += itemKey;
            if (groupings.isEmpty()) {
                return;
            }
            if (themeId != theme || !personId.equals(person)) {
                flush();
                theme = themeId;
                person = personId;
            }
            for (int g = 0; g < groupings.size(); g++) {
                Grouping grouping = groupings.get(g);
                switch (grouping.by()) {
                    case SOURCE -> note(g, source, personKey);
                    case LANGUAGE -> note(g, language, personKey);
                    case CHANNEL -> note(g, channel, personKey);
                    case QUARTER -> note(g, quarter == 0 ? null
                            : quarters.computeIfAbsent(quarter, q -> q / 10 + "-" + q % 10), personKey);
                    case ANSWER -> {
                        // A person who gave none of the answers is counted under no value, as a left join found them.
                        String[] given = answers.get(personId);
                        boolean any = false;
                        for (int a = 0; given != null && a < given.length; a += 2) {
                            if (grouping.questions().contains(given[a])) {
                                note(g, given[a + 1], personKey);
                                any = true;
                            }
                        }
                        if (!any) {
                            note(g, null, personKey);
                        }
                    }
                }
            }
        }

        private void note(int grouping, String value, long key) {
            List<Object[]> pairs = seen.get(grouping);
            for (Object[] pair : pairs) {
                if (java.util.Objects.equals(pair[0], value) && (long) pair[1] == key) {
                    return;
                }
            }
            pairs.add(new Object[] {value, key});
        }

        private void flush() {
            if (person == null) {
                return;
            }
            for (int g = 0; g < groupings.size(); g++) {
                Map<String, long[]> byValue = people.get(g).computeIfAbsent(theme, t -> new HashMap<>());
                for (Object[] pair : seen.get(g)) {
                    long[] sum = byValue.computeIfAbsent((String) pair[0], v -> new long[2]);
                    sum[0]++;
                    sum[1] += (long) pair[1];
                }
                seen.get(g).clear();
            }
        }

        Tally done() {
            flush();
            List<Counts> counted = new ArrayList<>();
            for (int g = 0; g < groupings.size(); g++) {
                counted.add(counts(people.get(g), groupings.get(g).rowOf()));
            }
            return new Tally(counted, counts(items, Function.identity()));
        }

        private static Counts counts(Map<Long, Map<String, long[]>> sums, Function<String, String> rowOf) {
            Map<Long, Map<String, Count>> byTheme = new TreeMap<>();
            sums.forEach((theme, byValue) -> byValue.forEach((value, sum) -> {
                Count count = RecordKeys.counted(sum[0], sum[1]);
                // Several values can make one row (every White category but A is "other White"):
                // they are different people, so their counts add up.
                byTheme.computeIfAbsent(theme, t -> new TreeMap<>()).merge(rowOf.apply(value), count, Count::plus);
            }));
            return new Counts(byTheme);
        }
    }

    /** An approved quote of an item in the scope, with the value its person's group is read from. */
    record QuoteRow(long themeId, String text, String gloss, String language, SaidItem.Source source, String group) {
    }

    /**
     * Approved quotes of items in the scope that still carry the quote's theme in the coding that
     * counts, each with the person's answer to the grouping's questions. Few rows: read from the items.
     */
    @Transactional
    List<QuoteRow> approvedQuotes(Scope scope, Grouping grouping) {
        if (grouping.by() != By.ANSWER) {
            throw new IllegalArgumentException("quotes are grouped by an answer");
        }
        List<Object> values = new ArrayList<>(grouping.questions());
        String in = String.join(", ", grouping.questions().stream().map(q -> "?").toList());
        String join = scope.staff()
                ? " LEFT JOIN staff_answer b ON b.response_id = i.staff_response_id AND b.seq = 1 AND b.question_id IN (" + in + ")"
                : " LEFT JOIN answer b ON b.response_id = i.response_id AND b.question_id IN (" + in + ")";
        String sql = "SELECT q.theme_id, q.quote_text, q.gloss, i.language, i.source, COALESCE(b.option_value, b.text_value)"
                + " FROM theme_quote q JOIN said_item i ON i.id = q.item_id"
                + (scope.staff() ? " JOIN survey_round o ON o.id = i.round_id" : "") + join
                + where(scope, values) + " AND q.status = 'APPROVED' AND EXISTS (SELECT 1 FROM theme_coding c"
                + " WHERE c.item_id = i.id AND c.coder = i.decided_by AND c.theme_id = q.theme_id) ORDER BY q.id";
        List<QuoteRow> found = new ArrayList<>();
        jdbc.prepareStatement(sql, (PreparedStatement select) -> {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new QuoteRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            SaidItem.Source.valueOf(rows.getString(5)), grouping.rowOf().apply(rows.getString(6))));
                }
            }
            return null;
        });
        return found;
    }

    /** The coded items of the scope; {@code o} is the staff item's round. */
    private static String where(Scope scope, List<Object> values) {
        StringBuilder sql = new StringBuilder();
        if (scope.staff()) {
            sql.append(" WHERE i.source = 'STAFF' AND o.closes_on BETWEEN ? AND ?");
        } else {
            sql.append(" WHERE i.source IN ('SURVEY', 'EVENT') AND i.said_on BETWEEN ? AND ?");
        }
        values.add(Date.valueOf(scope.from()));
        values.add(Date.valueOf(scope.to()));
        sql.append(" AND i.status = 'CODED'");
        if (scope.mvpId() != null) {
            sql.append(" AND i.mvp_id = ?");
            values.add(scope.mvpId());
        }
        if (scope.surveyId() != null) {
            sql.append(" AND i.survey_id = ?");
            values.add(scope.surveyId());
        }
        return sql.toString();
    }
}
