package chorus.admin;

import chorus.dataentry.AnswerMark;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Translations;
import chorus.report.Csv;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every response to a service-user survey as CSV that Excel opens correctly: UTF-8 with a
 * byte-order mark, one row per response, a column per question of any version, answers as their
 * English labels. Responses are read and written a batch at a time, so a million take no more
 * memory than a thousand. A stored value the survey files do not explain (an option since
 * removed, a question no version asks) is written as stored and flagged, never dropped and never
 * an error. The SQL is written by hand because it streams: rows are read in key order a batch at a
 * time, which no repository method would do without holding them all.
 */
@Singleton
class ResponseExport {

    /** Follows a stored option that no version of the survey offers. */
    static final String UNKNOWN_OPTION = " [not an option of this survey version]";
    private static final int BATCH = 1000;

    private final JdbcOperations jdbc;
    private final SurveyCatalog catalog;
    private final Translations translations;

    ResponseExport(JdbcOperations jdbc, SurveyCatalog catalog, Translations translations) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.translations = translations;
    }

    /** A column: one per question (id), plus one for an ethnicity self-description (id + ".self"). */
    private record Column(String header, String key) {
    }

    @Transactional
    public void write(String surveyId, Appendable out) {
        Map<Integer, Survey> versions = new HashMap<>();
        Map<Integer, SurveyTexts> english = new HashMap<>();
        catalog.versionsOf(surveyId).forEach(s -> {
            versions.put(s.version(), s);
            english.put(s.version(), translations.surveyTexts(s, translations.source()));
        });
        List<Column> columns = columns(surveyId);
        List<String> header = new ArrayList<>(List.of("\uFEFFResponse", "Survey", "Version", "Language", "Channel", "Event",
                "Submitted on"));
        columns.forEach(c -> header.add(c.header()));
        Csv.row(out, header);
        // A thousand responses at a time, found by id from where the last batch ended: memory stays
        // flat however large the survey, and no statement holds a cursor open for the whole download.
        long after = 0;
        List<Long> batch;
        while (!(batch = ids(surveyId, after)).isEmpty()) {
            long first = batch.get(0);
            long last = batch.get(batch.size() - 1);
            Map<Long, Map<String, String>> marks = marks(first, last);
            jdbc.prepareStatement("SELECT r.id, r.survey_version, r.language, r.channel, r.submitted_on, e.reference,"
                    + " a.question_id, a.option_value, a.number_value, a.text_value FROM response r"
                    + " LEFT JOIN answer a ON a.response_id = r.id LEFT JOIN listening_event e ON e.id = r.event_id"
                    + " WHERE r.survey_id = ? AND r.id BETWEEN ? AND ? ORDER BY r.id, a.id", select -> {
                        select.setString(1, surveyId);
                        select.setLong(2, first);
                        select.setLong(3, last);
                        try (ResultSet rows = select.executeQuery()) {
                            writeRows(rows, surveyId, columns, versions, english, marks, out);
                        }
                        return null;
                    });
            after = last;
        }
    }

    private List<Long> ids(String surveyId, long after) {
        return jdbc.prepareStatement("SELECT id FROM response WHERE survey_id = ? AND id > ? ORDER BY id LIMIT " + BATCH, select -> {
            select.setString(1, surveyId);
            select.setLong(2, after);
            List<Long> ids = new ArrayList<>(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    /**
     * Questions a keyed paper form marked as not answered or with more than one box ticked, in words,
     * by response: they are not answers, so they are kept apart from the answer rows (see AnswerMark).
     */
    private Map<Long, Map<String, String>> marks(long first, long last) {
        return jdbc.prepareStatement("SELECT response_id, question_id, mark FROM answer_mark WHERE response_id BETWEEN ? AND ?",
                select -> {
                    select.setLong(1, first);
                    select.setLong(2, last);
                    Map<Long, Map<String, String>> marks = new HashMap<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            marks.computeIfAbsent(rows.getLong(1), k -> new LinkedHashMap<>())
                                    .put(rows.getString(2), AnswerMark.valueOf(rows.getString(3)).words());
                        }
                    }
                    return marks;
                });
    }

    private void writeRows(ResultSet rows, String surveyId, List<Column> columns, Map<Integer, Survey> versions,
                           Map<Integer, SurveyTexts> english, Map<Long, Map<String, String>> marks, Appendable out)
            throws SQLException {
        long current = -1;
        List<String> fixed = null;
        Map<String, List<String>> cells = new HashMap<>();
        while (rows.next()) {
            long id = rows.getLong(1);
            int version = rows.getInt(2);
            if (id != current) {
                if (fixed != null) {
                    Csv.row(out, line(fixed, columns, cells));
                }
                current = id;
                cells.clear();
                marks.getOrDefault(id, Map.of()).forEach((question, words) -> cells.put(question, new ArrayList<>(List.of(words))));
                fixed = List.of(Long.toString(id), surveyId, Integer.toString(version), rows.getString(3),
                        rows.getString(4), Objects.toString(rows.getString(6), ""), rows.getDate(5).toLocalDate().toString());
            }
            String questionId = rows.getString(7);
            if (questionId == null) {
                continue;
            }
            Optional<Question> question = Optional.ofNullable(versions.get(version)).flatMap(s -> s.question(questionId));
            String option = rows.getString(8);
            int number = rows.getInt(9);
            boolean hasNumber = !rows.wasNull();
            String text = rows.getString(10);
            if (option != null) {
                cells.computeIfAbsent(questionId, k -> new ArrayList<>()).add(label(question, option, english.get(version)));
            }
            if (hasNumber) {
                cells.computeIfAbsent(questionId, k -> new ArrayList<>()).add(Integer.toString(number));
            }
            if (text != null) {
                String key = question.map(q -> q.type() == QuestionType.ETHNICITY).orElse(false) ? questionId + ".self" : questionId;
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
            }
        }
        if (fixed != null) {
            Csv.row(out, line(fixed, columns, cells));
        }
    }

    /** The English label of a chosen option; the stored value, flagged, when the version has no such option. */
    private static String label(Optional<Question> question, String option, SurveyTexts english) {
        if (question.isEmpty() || english == null) {
            return option + UNKNOWN_OPTION;
        }
        if (!question.get().type().isChoice()) {
            return option;
        }
        if (!question.get().optionValues().contains(option)) {
            return option + UNKNOWN_OPTION;
        }
        return english.option(question.get(), option).value();
    }

    private static List<String> line(List<String> fixed, List<Column> columns, Map<String, List<String>> cells) {
        List<String> line = new ArrayList<>(fixed);
        for (Column column : columns) {
            line.add(String.join("; ", cells.getOrDefault(column.key(), List.of())));
        }
        return line;
    }

    /**
     * Questions of the newest version first, then any that only older versions asked, then any
     * question id stored in answers that no version of the survey file asks.
     */
    private List<Column> columns(String surveyId) {
        List<Survey> versions = new ArrayList<>(catalog.versionsOf(surveyId));
        java.util.Collections.reverse(versions);
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Survey survey : versions) {
            survey.questions().forEach(q -> {
                columns.putIfAbsent(q.id(), new Column(q.label() + " [" + q.id() + "]", q.id()));
                if (q.type() == QuestionType.ETHNICITY) {
                    columns.putIfAbsent(q.id() + ".self", new Column(q.label() + " - in own words [" + q.id() + "]", q.id() + ".self"));
                }
            });
        }
        jdbc.prepareStatement("SELECT DISTINCT a.question_id FROM answer a JOIN response r ON r.id = a.response_id"
                + " WHERE r.survey_id = ? ORDER BY a.question_id", select -> {
                    select.setString(1, surveyId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            String id = rows.getString(1);
                            columns.putIfAbsent(id, new Column("[" + id + "] (not in the survey file)", id));
                        }
                    }
                    return null;
                });
        return List.copyOf(columns.values());
    }
}
