package chorus.answer;

import chorus.disclosure.RecordKeys;
import chorus.system.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes finished responses: one row per response, one row per answer value. A staff response goes
 * to its own tables under its random key, with no date and no sequence (see V12). The SQL is written
 * by hand because every submission is a bulk write: a response's answers go as one JDBC batch.
 */
@Singleton
public class ResponseStore {

    /** One stored answer value; exactly the fields that apply to its question type are set. */
    public record AnswerRow(String questionId, String optionValue, Integer numberValue, String textValue) {
    }

    /** A service user's response; eventId: the listening event it was given at or for, if any. */
    public record NewResponse(String surveyId, int version, String language, Channel channel, Long eventId,
                              LocalDate submittedOn, String submissionKey, List<AnswerRow> answers) {
    }

    /**
     * A staff response: the round and organisation its code or link was for, and nothing that says
     * when. {@code key} is the draft's random submission key, which becomes the stored id.
     */
    public record NewStaffResponse(String surveyId, int version, String language, long roundId, long organisationId,
                                   String key, List<AnswerRow> answers) {
    }

    private final JdbcOperations jdbc;
    private final List<ResponseWatch> watches;

    ResponseStore(JdbcOperations jdbc, List<ResponseWatch> watches) {
        this.jdbc = jdbc;
        this.watches = watches;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long insert(NewResponse response) {
        long id = jdbc.execute(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO response (survey_id, survey_version, language,"
                    + " channel, submitted_on, submission_key, event_id, record_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, response.surveyId());
                insert.setInt(2, response.version());
                insert.setString(3, response.language());
                insert.setString(4, response.channel().name());
                insert.setDate(5, Date.valueOf(response.submittedOn()));
                insert.setString(6, response.submissionKey());
                insert.setObject(7, response.eventId(), Types.BIGINT);
                insert.setInt(8, RecordKeys.fresh());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        insertAnswers(id, response.answers());
        watches.forEach(watch -> watch.stored(id));
        return id;
    }

    /** A bulk write: all of a response's answers in one JDBC batch. */
    private void insertAnswers(long id, List<AnswerRow> answers) {
        jdbc.prepareStatement("INSERT INTO answer (response_id, question_id, option_value, number_value, text_value)"
                + " VALUES (?, ?, ?, ?, ?)", insert -> {
                    for (AnswerRow answer : answers) {
                        insert.setLong(1, id);
                        insert.setString(2, answer.questionId());
                        insert.setString(3, answer.optionValue());
                        if (answer.numberValue() == null) {
                            insert.setNull(4, Types.INTEGER);
                        } else {
                            insert.setInt(4, answer.numberValue());
                        }
                        insert.setString(5, answer.textValue());
                        insert.addBatch();
                    }
                    return insert.executeBatch();
                });
    }

    /**
     * Replaces a stored response's answers to one question, for a correction of the paper form it was
     * keyed from: the response keeps its id, its date and its other answers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceAnswers(long responseId, String questionId, List<AnswerRow> answers) {
        watches.forEach(watch -> watch.correcting(responseId));
        Sql.update(jdbc, "DELETE FROM answer WHERE response_id = ? AND question_id = ?", responseId, questionId);
        insertAnswers(responseId, answers);
    }

    /** A staff response; the unique id refuses a second copy of the same draft. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(NewStaffResponse response) {
        Sql.update(jdbc, "INSERT INTO staff_response (id, survey_id, survey_version, language, round_id, organisation_id,"
                + " record_key) VALUES (?, ?, ?, ?, ?, ?, ?)", response.key(), response.surveyId(), response.version(),
                response.language(), response.roundId(), response.organisationId(), RecordKeys.fresh());
        jdbc.prepareStatement("INSERT INTO staff_answer (response_id, question_id, seq, option_value, number_value, text_value)"
                + " VALUES (?, ?, ?, ?, ?, ?)", insert -> {
                    Map<String, Integer> seen = new HashMap<>();
                    for (AnswerRow answer : response.answers()) {
                        insert.setString(1, response.key());
                        insert.setString(2, answer.questionId());
                        insert.setInt(3, seen.merge(answer.questionId(), 1, Integer::sum));
                        insert.setString(4, answer.optionValue());
                        insert.setObject(5, answer.numberValue(), Types.INTEGER);
                        insert.setString(6, answer.textValue());
                        insert.addBatch();
                    }
                    return insert.executeBatch();
                });
    }

    /** Stored responses of a survey, a staff survey's included. */
    @Transactional
    public long count(String surveyId) {
        return Sql.first(jdbc, "SELECT (SELECT COUNT(*) FROM response WHERE survey_id = ?)"
                + " + (SELECT COUNT(*) FROM staff_response WHERE survey_id = ?)", row -> row.getLong(1), surveyId, surveyId).orElse(0L);
    }
}
