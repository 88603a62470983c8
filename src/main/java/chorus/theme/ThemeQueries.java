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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts coded items and the people behind them per theme, in SQL, with the sum of their record keys
 * for disclosure control. A coding counts for its theme and every theme above it (theme_rollup), once
 * per item and once per person however many of a theme's children they were coded with. Only the
 * coding that counts (the item's decided_by) is read.
 */
@Singleton
class ThemeQueries {

    /**
     * Whose items: service users' (surveys and events, in a period by the day they were said, of one
     * MVP or survey or all) or staff's (by their round's closing date: they have no day of their own).
     */
    record Scope(boolean staff, LocalDate from, LocalDate to, Long mvpId, String surveyId) {
    }

    /** What divides people: an SQL expression over the item, its response and the joined answer b, and how its value becomes a row. */
    record Grouping(String expression, String answerJoin, Collection<String> questions, Function<String, String> rowOf) {

        static Grouping column(String column, Function<String, String> rowOf) {
            return new Grouping("i." + column, "", List.of(), rowOf);
        }

        /** The person's answer to one of these questions (in the response the item belongs to). */
        static Grouping answer(boolean staff, Collection<String> questions, Function<String, String> rowOf) {
            String join = staff
                    ? " LEFT JOIN staff_answer b ON b.response_id = i.staff_response_id AND b.seq = 1 AND b.question_id IN ("
                    : " LEFT JOIN answer b ON b.response_id = i.response_id AND b.question_id IN (";
            return new Grouping("COALESCE(b.option_value, b.text_value)",
                    join + String.join(", ", questions.stream().map(q -> "?").toList()) + ")", List.copyOf(questions), rowOf);
        }

        /** A calendar quarter, as "2026-2" for April to June 2026. */
        static Grouping quarter() {
            return new Grouping("CONCAT(YEAR(i.said_on), '-', QUARTER(i.said_on))", "", List.of(), Function.identity());
        }
    }

    /** Counts by theme id and row. */
    record Counts(Map<Long, Map<String, Count>> byTheme) {

        Count get(long theme, String row) {
            return byTheme.getOrDefault(theme, Map.of()).getOrDefault(row, Count.NONE);
        }
    }

    private final JdbcOperations jdbc;

    ThemeQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Coded items per theme and sentiment (row "" for none). */
    @Transactional
    Counts itemsBySentiment(Scope scope) {
        List<Object> values = new ArrayList<>();
        // Numbers, not the 36-character id, for the service users' items: the distinct rows are kept in a
        // temporary table, and at a million codings its width decides whether it stays in memory.
        String item = scope.staff() ? "i.id" : "COALESCE(i.answer_id, -i.comment_id)";
        String sql = "SELECT x.t, x.g, COUNT(*), SUM(x.k) FROM (SELECT DISTINCT " + item + " AS id, u.counted_as AS t,"
                + " COALESCE(i.sentiment, '') AS g, i.record_key AS k" + from(scope, "", values) + ") x GROUP BY x.t, x.g";
        return counts(sql, values, Function.identity());
    }

    /** People per theme and group: each person once per theme, in the group their own answer puts them. */
    @Transactional
    Counts people(Scope scope, Grouping grouping) {
        List<Object> values = new ArrayList<>(grouping.questions());
        // A service user is their response, or for a comment heard at an event and linked to none, the
        // comment: every service-user item has one or the other. Numbers keep the distinct rows narrow.
        String person = scope.staff() ? "i.staff_response_id" : "COALESCE(i.response_id, -i.comment_id)";
        String key = scope.staff() ? "s.record_key" : "COALESCE(r.record_key, i.record_key)";
        String people = scope.staff() ? " JOIN staff_response s ON s.id = i.staff_response_id"
                : " LEFT JOIN response r ON r.id = i.response_id";
        String sql = "SELECT x.t, x.g, COUNT(*), SUM(x.k) FROM (SELECT DISTINCT u.counted_as AS t, " + person + " AS p, "
                + key + " AS k, " + grouping.expression() + " AS g"
                + from(scope, people + grouping.answerJoin(), values) + ") x GROUP BY x.t, x.g";
        return counts(sql, values, grouping.rowOf());
    }

    private static String from(Scope scope, String joins, List<Object> values) {
        return " FROM said_item i JOIN theme_coding c ON c.item_id = i.id AND c.coder = i.decided_by"
                + " JOIN theme_rollup u ON u.theme_id = c.theme_id" + (scope.staff() ? " JOIN survey_round o ON o.id = i.round_id" : "")
                + joins + where(scope, values);
    }

    /** The items of the scope that were coded; {@code o} is the staff item's round. */
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

    /** An approved quote of an item in the scope, with the value its person's group is read from. */
    record QuoteRow(long themeId, String text, String gloss, String language, SaidItem.Source source, String group) {
    }

    /** Approved quotes of items in the scope that still carry the quote's theme in the coding that counts. */
    @Transactional
    List<QuoteRow> approvedQuotes(Scope scope, Grouping grouping) {
        List<Object> values = new ArrayList<>(grouping.questions());
        String sql = "SELECT q.theme_id, q.quote_text, q.gloss, i.language, i.source, " + grouping.expression()
                + " FROM theme_quote q JOIN said_item i ON i.id = q.item_id"
                + (scope.staff() ? " JOIN survey_round o ON o.id = i.round_id" : "") + grouping.answerJoin()
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

    private Counts counts(String sql, List<Object> values, Function<String, String> rowOf) {
        Map<Long, Map<String, Count>> byTheme = new TreeMap<>();
        jdbc.prepareStatement(sql, (PreparedStatement select) -> {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Count count = RecordKeys.counted(rows.getLong(3), rows.getLong(4));
                    // Several raw values can make one row (every White category but A is "other White"):
                    // they are different people, so their counts add up.
                    byTheme.computeIfAbsent(rows.getLong(1), t -> new TreeMap<>())
                            .merge(rowOf.apply(rows.getString(2)), count, Count::plus);
                }
            }
            return null;
        });
        return new Counts(byTheme);
    }
}
