package chorus.results;

import chorus.disclosure.RecordKeys;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Counts a survey's answers in SQL: how many people of each breakdown group chose each option of
 * each question, with the sum of their record keys, so Chorus reads a few thousand groups whatever
 * the number of responses.
 */
@Singleton
class ResultQueries {

    /** Whose responses: a survey, submitted in a period (both days included), at one MVP's events or anywhere. */
    record Scope(String surveyId, LocalDate from, LocalDate to, Long mvpId) {
    }

    /**
     * What divides respondents: a column of the response, or its answer to a question. The raw value
     * (null when there is none) is turned into the breakdown's row by {@code rowOf}.
     */
    record Grouping(String column, String question, Function<String, String> rowOf) {

        static Grouping column(String column, Function<String, String> rowOf) {
            return new Grouping(column, null, rowOf);
        }

        static Grouping answer(String question, Function<String, String> rowOf) {
            return new Grouping(null, question, rowOf);
        }

        String sql() {
            return column != null ? "r." + column : "COALESCE(b.option_value, b.text_value)";
        }

        /**
         * The grouping answer is joined once per response, not read by a subquery per counted answer:
         * at a million responses the subquery ran seven million times and took 30 s. A grouping
         * question takes one answer (results.yml refuses any other), so the join adds no rows.
         */
        String join() {
            return column != null ? "" : " LEFT JOIN answer b ON b.response_id = r.id AND b.question_id = ?";
        }
    }

    private final JdbcOperations jdbc;

    ResultQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param questions the questions to count
     * @param severalAnswers those of them that take several answers, whose people answering are
     *     counted apart (one person, several rows)
     */
    @Transactional
    Tallies tallies(Scope scope, Collection<String> questions, Collection<String> severalAnswers, Grouping grouping) {
        Tallies tallies = new Tallies();
        if (questions.isEmpty()) {
            return tallies;
        }
        select(chosen(scope, questions, grouping), scope, questions, grouping,
                rows -> tallies.addChosen(rows.getString(1), rows.getString(2), grouping.rowOf().apply(rows.getString(3)),
                        RecordKeys.counted(rows.getLong(4), rows.getLong(5))));
        if (!severalAnswers.isEmpty()) {
            select(answered(scope, severalAnswers, grouping), scope, severalAnswers, grouping, rows -> tallies.addAnswered(rows.getString(1), grouping.rowOf().apply(rows.getString(2)),
                            RecordKeys.counted(rows.getLong(3), rows.getLong(4))));
        }
        return tallies;
    }

    /** Who chose each option of each question, by group. */
    static String chosen(Scope scope, Collection<String> questions, Grouping grouping) {
        return "SELECT q, o, g, COUNT(*), SUM(k) FROM (SELECT a.question_id AS q, a.option_value AS o, r.record_key AS k, "
                + grouping.sql() + " AS g" + from(scope, questions, grouping) + ") chosen GROUP BY q, o, g";
    }

    /** Who answered each question that takes several answers, by group: one person, several rows. */
    static String answered(Scope scope, Collection<String> questions, Grouping grouping) {
        return "SELECT q, g, COUNT(*), SUM(k) FROM (SELECT DISTINCT r.id AS id, a.question_id AS q, r.record_key AS k, "
                + grouping.sql() + " AS g" + from(scope, questions, grouping) + ") answered GROUP BY q, g";
    }

    private static String from(Scope scope, Collection<String> questions, Grouping grouping) {
        return " FROM response r" + grouping.join() + " JOIN answer a ON a.response_id = r.id"
                + " WHERE r.survey_id = ? AND r.submitted_on BETWEEN ? AND ?"
                + (scope.mvpId() == null ? "" : " AND r.event_id IN (SELECT e.id FROM listening_event e WHERE e.mvp_id = ?)")
                + " AND a.question_id IN (" + String.join(", ", questions.stream().map(q -> "?").toList()) + ")"
                + " AND a.option_value IS NOT NULL";
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void select(String sql, Scope scope, Collection<String> questions, Grouping grouping, RowReader reader) {
        jdbc.prepareStatement(sql, (PreparedStatement select) -> {
            List<Object> values = new ArrayList<>();
            if (grouping.question() != null) {
                values.add(grouping.question());
            }
            values.add(scope.surveyId());
            values.add(Date.valueOf(scope.from()));
            values.add(Date.valueOf(scope.to()));
            if (scope.mvpId() != null) {
                values.add(scope.mvpId());
            }
            values.addAll(questions);
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
            return null;
        });
    }
}
