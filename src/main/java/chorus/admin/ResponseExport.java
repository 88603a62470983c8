package chorus.admin;

import chorus.report.Csv;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Translations;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every response to a survey as CSV that Excel opens correctly: UTF-8 with a byte-order mark, one
 * row per response, a column per question of any version, answers as their English labels.
 */
@Singleton
class ResponseExport {

    private final JdbcOperations jdbc;
    private final SurveyCatalog catalog;
    private final Translations translations;

    ResponseExport(JdbcOperations jdbc, SurveyCatalog catalog, Translations translations) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.translations = translations;
    }

    /** A column of the export: one per question, plus one for an ethnicity self-description. */
    private record Column(String header, Question question, boolean selfDescription) {
    }

    @Transactional
    public String csv(String surveyId) {
        List<Column> columns = columns(surveyId);
        Map<String, SurveyTexts> english = new LinkedHashMap<>();
        catalog.versionsOf(surveyId).forEach(s -> english.put(Integer.toString(s.version()),
                translations.surveyTexts(s, translations.source())));
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("Response", "Survey", "Version", "Language", "Channel", "Event", "Submitted on"));
        columns.forEach(c -> header.add(c.header()));
        Csv.row(out, header);
        jdbc.prepareStatement("SELECT r.id, r.survey_version, r.language, r.channel, r.submitted_on, a.question_id,"
                + " a.option_value, a.number_value, a.text_value, e.reference FROM response r"
                + " LEFT JOIN answer a ON a.response_id = r.id LEFT JOIN listening_event e ON e.id = r.event_id"
                + " WHERE r.survey_id = ? ORDER BY r.id, a.id", select -> {
                    select.setString(1, surveyId);
                    try (ResultSet rows = select.executeQuery()) {
                        writeRows(rows, surveyId, columns, english, out);
                    }
                    return null;
                });
        return out.toString();
    }

    private void writeRows(ResultSet rows, String surveyId, List<Column> columns, Map<String, SurveyTexts> english,
                           StringBuilder out) throws java.sql.SQLException {
        long current = -1;
        List<String> fixed = null;
        Map<String, List<String>> cells = new LinkedHashMap<>();
        while (rows.next()) {
            long id = rows.getLong(1);
            if (id != current) {
                if (fixed != null) {
                    Csv.row(out, line(fixed, columns, cells));
                }
                current = id;
                cells.clear();
                fixed = List.of(Long.toString(id), surveyId, Integer.toString(rows.getInt(2)), rows.getString(3),
                        rows.getString(4), Objects.toString(rows.getString(10), ""), rows.getDate(5).toLocalDate().toString());
            }
            String questionId = rows.getString(6);
            if (questionId == null) {
                continue;
            }
            SurveyTexts texts = english.get(Integer.toString(rows.getInt(2)));
            Question question = texts == null ? null : catalog.find(surveyId, rows.getInt(2))
                    .flatMap(s -> s.question(questionId)).orElse(null);
            String option = rows.getString(7);
            int number = rows.getInt(8);
            boolean hasNumber = !rows.wasNull();
            String text = rows.getString(9);
            if (option != null) {
                cells.computeIfAbsent(questionId, k -> new ArrayList<>())
                        .add(question == null || !question.type().isChoice() ? option : texts.option(question, option).value());
            }
            if (hasNumber) {
                cells.computeIfAbsent(questionId, k -> new ArrayList<>()).add(Integer.toString(number));
            }
            if (text != null) {
                String key = question != null && question.type() == QuestionType.ETHNICITY ? questionId + ".self" : questionId;
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
            }
        }
        if (fixed != null) {
            Csv.row(out, line(fixed, columns, cells));
        }
    }

    private static List<String> line(List<String> fixed, List<Column> columns, Map<String, List<String>> cells) {
        List<String> line = new ArrayList<>(fixed);
        for (Column column : columns) {
            String key = column.question().id() + (column.selfDescription() ? ".self" : "");
            line.add(String.join("; ", cells.getOrDefault(key, List.of())));
        }
        return line;
    }

    /** Questions of the newest version first, then any that only older versions asked. */
    private List<Column> columns(String surveyId) {
        List<Survey> versions = new ArrayList<>(catalog.versionsOf(surveyId));
        java.util.Collections.reverse(versions);
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Survey survey : versions) {
            survey.questions().forEach(q -> {
                columns.putIfAbsent(q.id(), new Column(q.label() + " [" + q.id() + "]", q, false));
                if (q.type() == QuestionType.ETHNICITY) {
                    columns.putIfAbsent(q.id() + ".self", new Column(q.label() + " - in own words [" + q.id() + "]", q, true));
                }
            });
        }
        return List.copyOf(columns.values());
    }
}
