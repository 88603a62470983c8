package chorus.theme;

import chorus.disclosure.Count;
import chorus.disclosure.RecordKeys;
import chorus.system.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
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
        SOURCE, LANGUAGE, CHANNEL, QUARTER, ETHNICITY, DISTRICT;

        boolean answer() {
            return this == ETHNICITY || this == DISTRICT;
        }
    }

    /** What divides people, and how a value becomes a row (several values may make one row). */
    record Grouping(By by, Collection<String> questions, Function<String, String> rowOf) {

        /** A column of the item: source, language or channel. */
        static Grouping column(String column, Function<String, String> rowOf) {
            return new Grouping(By.valueOf(column.toUpperCase(java.util.Locale.ROOT)), List.of(), rowOf);
        }

        /** The ethnic code the person chose in answer to one of these questions (in their response). */
        static Grouping ethnicity(Collection<String> questions, Function<String, String> rowOf) {
            return new Grouping(By.ETHNICITY, List.copyOf(questions), rowOf);
        }

        /** The postcode district the person gave in answer to one of these questions. */
        static Grouping district(Collection<String> questions, Function<String, String> rowOf) {
            return new Grouping(By.DISTRICT, List.copyOf(questions), rowOf);
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
    private final SaidCountStore counts;

    ThemeQueries(JdbcOperations jdbc, SaidCountStore counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /** People per theme and group: each person once per theme, in the group their own answer puts them. */
    @io.micronaut.transaction.annotation.Transactional(readOnly = true,
            isolation = io.micronaut.transaction.TransactionDefinition.Isolation.REPEATABLE_READ)
    Counts people(Scope scope, Grouping grouping) {
        return tally(scope, List.of(grouping)).people().get(0);
    }

    /**
     * People per theme for each grouping, and items per theme and sentiment. Service users are read
     * from the kept counts (V28), and those whose items span days or places from their items; staff
     * from their items. Every statement reads one snapshot, so a person counted between two of them
     * is not counted twice. The caller counts those waiting first (see SaidCounts).
     */
    @io.micronaut.transaction.annotation.Transactional(readOnly = true,
            isolation = io.micronaut.transaction.TransactionDefinition.Isolation.REPEATABLE_READ)
    Tally tally(Scope scope, List<Grouping> groupings) {
        return tally(scope, groupings, !scope.staff());
    }

    /** As {@link #tally(Scope, List)}; with {@code kept} false everyone is counted from their items, as a check. */
    @Transactional(Transactional.TxType.MANDATORY)
    Tally tally(Scope scope, List<Grouping> groupings, boolean kept) {
        Pass pass = new Pass(groupings);
        if (kept) {
            for (int g = 0; g < groupings.size(); g++) {
                Grouping grouping = groupings.get(g);
                SaidCountStore.Breakdown breakdown = switch (grouping.by()) {
                    case SOURCE, QUARTER -> SaidCountStore.Breakdown.PEOPLE;
                    case LANGUAGE -> SaidCountStore.Breakdown.LANGUAGE;
                    case CHANNEL -> SaidCountStore.Breakdown.CHANNEL;
                    case ETHNICITY -> SaidCountStore.Breakdown.ETHNICITY;
                    case DISTRICT -> SaidCountStore.Breakdown.DISTRICT;
                };
                String value = switch (grouping.by()) {
                    case SOURCE -> "source";
                    case QUARTER -> "YEAR(said_on) * 10 + QUARTER(said_on)";
                    default -> "group_value";
                };
                for (SaidCountStore.Sum sum : counts.read(breakdown, value, scope.from(), scope.to(), scope.mvpId(),
                        scope.surveyId())) {
                    // As a person's items give them: no answer is null, a quarter is "2026-2".
                    String raw = grouping.by() == By.QUARTER ? pass.quarter(Integer.parseInt(sum.value()))
                            : grouping.by().answer() && sum.value().isEmpty() ? null : sum.value();
                    pass.add(g, sum.themeId(), raw, sum.people(), sum.keySum());
                }
            }
            for (SaidCountStore.Sum sum : counts.read(SaidCountStore.Breakdown.ITEMS, "group_value", scope.from(), scope.to(),
                    scope.mvpId(), scope.surveyId())) {
                pass.addItems(sum.themeId(), sum.value(), sum.people(), sum.keySum());
            }
        }
        Set<String> questions = new TreeSet<>();
        groupings.stream().filter(g -> g.by().answer()).forEach(g -> questions.addAll(g.questions()));
        pass.answers(questions.isEmpty() ? Map.of() : answers(scope, questions, kept));
        List<Object> values = new ArrayList<>();
        String sql = rowsStatement(scope, values, kept);
        Sql.streamRows(jdbc, sql, values, row -> {
            int quarter = row.getInt(7);
            pass.row(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
                    row.getString(6), row.wasNull() ? 0 : quarter, row.getString(8), row.getLong(9));
        });
        return pass.done();
    }

    /** The statement {@link #answers} runs; fills {@code values} with what to bind. */
    static String answersStatement(Scope scope, Collection<String> questions, List<Object> values, boolean mixedOnly) {
        String people = "SELECT DISTINCT x.person, x.response_id" + from(scope, values, mixedOnly)
                + (scope.staff() ? "" : " AND x.response_id IS NOT NULL");
        String in = String.join(", ", questions.stream().map(q -> "?").toList());
        values.addAll(questions);
        return scope.staff()
                ? "SELECT p.person, b.question_id, b.option_value, LEFT(b.text_value, 64) FROM (" + people + ") p"
                        + " JOIN staff_answer b ON b.response_id = p.person AND b.seq = 1 AND b.question_id IN (" + in + ")"
                : "SELECT p.person, b.question_id, b.option_value, LEFT(b.text_value, 64) FROM (" + people + ") p"
                        + " JOIN answer b ON b.response_id = p.response_id AND b.question_id IN (" + in + ")";
    }

    /**
     * The said_theme rows a tally reads in (theme, person) order: of the scope, or with {@code mixedOnly}
     * only those of people the kept counts leave out. Fills {@code values} with what to bind.
     */
    static String rowsStatement(Scope scope, List<Object> values, boolean mixedOnly) {
        return "SELECT x.theme_id, x.person, x.person_key, x.source, x.language, x.channel,"
                + " YEAR(x.said_on) * 10 + QUARTER(x.said_on), x.sentiment, x.item_key" + from(scope, values, mixedOnly)
                + " ORDER BY x.theme_id, x.person";
    }

    /**
     * Each person's answers to these questions, as question, chosen option and typed words (at most 64
     * characters), for the people of the scope. Read where they are, since a corrected paper form
     * changes them.
     */
    private Map<String, String[]> answers(Scope scope, Collection<String> questions, boolean mixedOnly) {
        List<Object> values = new ArrayList<>();
        String sql = answersStatement(scope, questions, values, mixedOnly);
        Map<String, String[]> found = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        Sql.streamRows(jdbc, sql, values, row -> {
            String[] before = found.get(row.getString(1));
            String[] now = before == null ? new String[3] : Arrays.copyOf(before, before.length + 3);
            for (int c = 0; c < 3; c++) {
                String value = row.getString(c + 2);
                now[now.length - 3 + c] = value == null ? null : shared.computeIfAbsent(value, Function.identity());
            }
            found.put(row.getString(1), now);
        });
        return found;
    }

    /**
     * The said_theme rows of the scope, or only those of people the kept counts leave out (see V28);
     * {@code o} is the staff item's round.
     */
    private static String from(Scope scope, List<Object> values, boolean mixedOnly) {
        StringBuilder sql = new StringBuilder(mixedOnly ? " FROM said_mixed m JOIN said_theme x ON x.person = m.person"
                : " FROM said_theme x");
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
        private Map<String, String[]> answers = Map.of();
        /** Per grouping: theme, value, then people and the sum of their keys. */
        private final List<Map<Long, Map<String, long[]>>> people = new ArrayList<>();
        private final Map<Long, Map<String, long[]>> items = new TreeMap<>();
        private final Map<Integer, String> quarters = new HashMap<>();
        /** The person being read: theme, id, and per grouping the (value, key) pairs seen. */
        private long theme = Long.MIN_VALUE;
        private String person;
        private final List<List<Object[]>> seen = new ArrayList<>();

        Pass(List<Grouping> groupings) {
            this.groupings = groupings;
            for (int i = 0; i < groupings.size(); i++) {
                people.add(new TreeMap<>());
                seen.add(new ArrayList<>(2));
            }
        }

        /** Each person's answers: question, chosen option and typed words, again and again. */
        void answers(Map<String, String[]> answers) {
            this.answers = answers;
        }

        /** People counted already, of one grouping's value: the kept counts. */
        void add(int grouping, long themeId, String value, long number, long keySum) {
            long[] sum = people.get(grouping).computeIfAbsent(themeId, t -> new HashMap<>()).computeIfAbsent(value, v -> new long[2]);
            sum[0] += number;
            sum[1] += keySum;
        }

        /** Items counted already, of one sentiment ("" for none). */
        void addItems(long themeId, String sentiment, long number, long keySum) {
            long[] sum = items.computeIfAbsent(themeId, t -> new HashMap<>()).computeIfAbsent(sentiment, s -> new long[2]);
            sum[0] += number;
            sum[1] += keySum;
        }

        /** A quarter as a grouping value: "2026-2" for year * 10 + quarter. */
        String quarter(int quarter) {
            return quarters.computeIfAbsent(quarter, q -> q / 10 + "-" + q % 10);
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
                    case QUARTER -> note(g, quarter == 0 ? null : quarter(quarter), personKey);
                    case ETHNICITY, DISTRICT -> {
                        // A person who gave none of the answers is counted under no value, as a left join found them.
                        // Of an ethnic group only the chosen code counts, never the words beside it.
                        String[] given = answers.get(personId);
                        boolean any = false;
                        for (int a = 0; given != null && a < given.length; a += 3) {
                            if (grouping.questions().contains(given[a])) {
                                note(g, grouping.by() == By.ETHNICITY || given[a + 1] != null ? given[a + 1] : given[a + 2],
                                        personKey);
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
        if (grouping.by() != By.ETHNICITY) {
            throw new IllegalArgumentException("quotes are grouped by ethnic group");
        }
        List<Object> values = new ArrayList<>(grouping.questions());
        String in = String.join(", ", grouping.questions().stream().map(q -> "?").toList());
        String join = scope.staff()
                ? " LEFT JOIN staff_answer b ON b.response_id = i.staff_response_id AND b.seq = 1 AND b.question_id IN (" + in + ")"
                : " LEFT JOIN answer b ON b.response_id = i.response_id AND b.question_id IN (" + in + ")";
        String sql = "SELECT q.theme_id, q.quote_text, q.gloss, i.language, i.source, b.option_value"
                + " FROM theme_quote q JOIN said_item i ON i.id = q.item_id"
                + (scope.staff() ? " JOIN survey_round o ON o.id = i.round_id" : "") + join
                + where(scope, values) + " AND q.status = 'APPROVED' AND EXISTS (SELECT 1 FROM theme_coding c"
                + " WHERE c.item_id = i.id AND c.coder = i.decided_by AND c.theme_id = q.theme_id) ORDER BY q.id";
        return Sql.list(jdbc, sql, row -> new QuoteRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                SaidItem.Source.valueOf(row.getString(5)), grouping.rowOf().apply(row.getString(6))), values);
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
