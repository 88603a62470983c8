package chorus.dataentry;

import java.time.Clock;
import chorus.system.Role;
import chorus.answer.Channel;
import chorus.answer.ResponseStore;
import chorus.answer.ResponseStore.AnswerRow;
import chorus.survey.Question;
import chorus.survey.Survey;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Batches of paper forms, keyed forms with their values and corrections, and their final responses. */
@Singleton
class DataEntryStore {

    static final String PENDING = "PENDING";
    static final String FINAL = "FINAL";

    /** Who is keying: an MVP lead may only key for events of their own MVP. */
    record Staff(long id, String username, Role role, Long mvpId) {
    }

    /** eventMvpId: the MVP of the batch's event, which decides which MVP lead may use the batch. */
    record Batch(long id, String reference, String surveyId, Long eventId, String eventReference, Long eventMvpId,
                 String note, LocalDate createdOn) {
    }

    record KeyedForm(long id, long batchId, String surveyId, int version, String language, String formKey, String status,
                     String keyedBy, LocalDateTime keyedAt, Long responseId, long corrections) {

        public boolean pending() {
            return PENDING.equals(status);
        }
    }

    record Correction(String questionId, String oldValue, String newValue, String correctedBy, LocalDateTime correctedAt) {
    }

    /** An event as data entry needs it: whose MVP it is. */
    record Event(long id, String reference, long mvpId) {
    }

    private final JdbcOperations jdbc;
    private final ResponseStore responses;
    private final Clock clock;

    DataEntryStore(JdbcOperations jdbc, ResponseStore responses, Clock clock) {
        this.jdbc = jdbc;
        this.responses = responses;
        this.clock = clock;
    }

    /** Staff times are kept to the second: MariaDB's connector drops fractions silently. */
    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    @Transactional
    public Optional<Staff> staff(String username) {
        return one("SELECT id, username, role, mvp_id FROM user_account WHERE username = ?", List.of(username),
                row -> new Staff(row.getLong(1), row.getString(2), Role.valueOf(row.getString(3)), nullableLong(row, 4)));
    }

    @Transactional
    public Optional<Event> event(long id) {
        return one("SELECT id, reference, mvp_id FROM listening_event WHERE id = ?", List.of(id),
                row -> new Event(row.getLong(1), row.getString(2), row.getLong(3)));
    }

    private static final String BATCH = "SELECT b.id, b.reference, b.survey_id, b.event_id, e.reference, e.mvp_id, b.note,"
            + " b.created_on FROM paper_batch b LEFT JOIN listening_event e ON e.id = b.event_id ";

    @Transactional
    public Optional<Batch> batch(long id) {
        return one(BATCH + "WHERE b.id = ?", List.of(id), DataEntryStore::batch);
    }

    @Transactional
    public Optional<Batch> batch(String reference) {
        return one(BATCH + "WHERE b.reference = ?", List.of(reference), DataEntryStore::batch);
    }

    @Transactional
    public long createBatch(String reference, String surveyId, Long eventId, String note, long staffId) {
        return insert("INSERT INTO paper_batch (reference, survey_id, event_id, note, created_by, created_on) VALUES (?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, reference);
                    statement.setString(2, surveyId);
                    statement.setObject(3, eventId, Types.BIGINT);
                    statement.setString(4, note);
                    statement.setLong(5, staffId);
                    statement.setDate(6, Date.valueOf(now().toLocalDate()));
                });
    }

    private static final String FORM = "SELECT f.id, f.batch_id, f.survey_id, f.survey_version, f.language, f.form_key, f.status,"
            + " u.username, f.keyed_at, f.response_id,"
            + " (SELECT COUNT(*) FROM keyed_correction c WHERE c.keyed_form_id = f.id)"
            + " FROM keyed_form f JOIN user_account u ON u.id = f.keyed_by ";

    @Transactional
    public List<KeyedForm> forms(long batchId) {
        return all(FORM + "WHERE f.batch_id = ? ORDER BY f.id", List.of(batchId), DataEntryStore::form);
    }

    @Transactional
    public Optional<KeyedForm> form(long id) {
        return one(FORM + "WHERE f.id = ?", List.of(id), DataEntryStore::form);
    }

    @Transactional
    public Optional<Long> formWithKey(String formKey) {
        return one("SELECT id FROM keyed_form WHERE form_key = ?", List.of(formKey), row -> row.getLong(1));
    }

    /** Saves a newly keyed form as pending. A second save of the same keying page stores nothing more. */
    @Transactional
    public long saveNew(Batch batch, Survey survey, String language, String formKey, long staffId,
                        Map<String, List<String>> values) {
        Optional<Long> existing = formWithKey(formKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = insert("INSERT INTO keyed_form (batch_id, survey_id, survey_version, language, form_key, status, keyed_by, keyed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setLong(1, batch.id());
                    statement.setString(2, survey.id());
                    statement.setInt(3, survey.version());
                    statement.setString(4, language);
                    statement.setString(5, formKey);
                    statement.setString(6, PENDING);
                    statement.setLong(7, staffId);
                    statement.setTimestamp(8, Timestamp.valueOf(now()));
                });
        writeValues(id, values);
        return id;
    }

    @Transactional
    public Map<String, List<String>> values(long formId) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        all("SELECT field_name, field_value FROM keyed_value WHERE keyed_form_id = ? ORDER BY id", List.of(formId), row -> {
            values.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getString(2));
            return null;
        });
        return values;
    }

    @Transactional
    public List<Correction> corrections(long formId) {
        return all("SELECT c.question_id, c.old_value, c.new_value, u.username, c.corrected_at FROM keyed_correction c"
                + " JOIN user_account u ON u.id = c.corrected_by WHERE c.keyed_form_id = ? ORDER BY c.id", List.of(formId),
                row -> new Correction(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toLocalDateTime()));
    }

    /**
     * Records a correction of each changed question and keeps the new values. A confirmed form's
     * response is corrected in place, question by question: the response row stays the same one.
     * describe gives a question's answer in words for the record. Returns how many questions changed.
     */
    @Transactional
    public int correct(long formId, Survey survey, Map<String, List<String>> after, long staffId,
                       BiFunction<Question, Map<String, List<String>>, String> describe) {
        Long responseId = lock(formId);
        Map<String, List<String>> before = values(formId);
        List<Question> changed = KeyedAnswers.changed(survey, before, after);
        LocalDateTime now = now();
        for (Question question : changed) {
            update("INSERT INTO keyed_correction (keyed_form_id, question_id, old_value, new_value, corrected_by, corrected_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", formId, question.id(), describe.apply(question, before),
                    describe.apply(question, after), staffId, Timestamp.valueOf(now));
            if (responseId != null) {
                update("DELETE FROM answer WHERE response_id = ? AND question_id = ?", responseId, question.id());
                update("DELETE FROM answer_mark WHERE response_id = ? AND question_id = ?", responseId, question.id());
                store(responseId, KeyedAnswers.stored(question, after));
            }
        }
        if (!changed.isEmpty()) {
            update("DELETE FROM keyed_value WHERE keyed_form_id = ?", formId);
            writeValues(formId, after);
        }
        return changed.size();
    }

    /**
     * Makes a pending form a response with channel PAPER, dated the day it was keyed. Under a lock on
     * the form, so a second confirmation (a double click, a retry) finds it final and stores nothing;
     * the form key as the response's unique submission key is the second line of defence.
     */
    @Transactional
    public void confirm(long formId, Survey survey, Batch batch, long staffId) {
        if (lock(formId) != null) {
            return;
        }
        KeyedForm form = form(formId).orElseThrow();
        Map<String, List<String>> values = values(formId);
        List<AnswerRow> rows = new ArrayList<>();
        Map<String, AnswerMark> marks = new LinkedHashMap<>();
        survey.questions().forEach(q -> {
            KeyedAnswers.Stored stored = KeyedAnswers.stored(q, values);
            rows.addAll(stored.rows());
            marks.putAll(stored.marks());
        });
        long responseId = responses.insert(new ResponseStore.NewResponse(survey.id(), survey.version(), form.language(),
                Channel.PAPER, batch.eventId(), form.keyedAt().toLocalDate(), form.formKey(), rows));
        marks.forEach((question, mark) -> update("INSERT INTO answer_mark (response_id, question_id, mark) VALUES (?, ?, ?)",
                responseId, question, mark.name()));
        update("UPDATE keyed_form SET status = ?, response_id = ?, confirmed_by = ?, confirmed_at = ? WHERE id = ?",
                FINAL, responseId, staffId, Timestamp.valueOf(now()), formId);
    }

    /** Locks the form's row for the rest of the transaction; its response id, null while pending. */
    private Long lock(long formId) {
        return jdbc.prepareStatement("SELECT response_id FROM keyed_form WHERE id = ? FOR UPDATE", select -> {
            select.setLong(1, formId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no keyed form " + formId);
                }
                return nullableLong(row, 1);
            }
        });
    }

    private void store(long responseId, KeyedAnswers.Stored stored) {
        for (AnswerRow row : stored.rows()) {
            update("INSERT INTO answer (response_id, question_id, option_value, number_value, text_value) VALUES (?, ?, ?, ?, ?)",
                    responseId, row.questionId(), row.optionValue(), row.numberValue(), row.textValue());
        }
        stored.marks().forEach((question, mark) -> update("INSERT INTO answer_mark (response_id, question_id, mark) VALUES (?, ?, ?)",
                responseId, question, mark.name()));
    }

    private void writeValues(long formId, Map<String, List<String>> values) {
        jdbc.prepareStatement("INSERT INTO keyed_value (keyed_form_id, field_name, field_value) VALUES (?, ?, ?)", insert -> {
            for (Map.Entry<String, List<String>> field : values.entrySet()) {
                for (String value : field.getValue()) {
                    insert.setLong(1, formId);
                    insert.setString(2, field.getKey());
                    insert.setString(3, value);
                    insert.addBatch();
                }
            }
            return insert.executeBatch();
        });
    }

    private static Batch batch(ResultSet row) throws SQLException {
        return new Batch(row.getLong(1), row.getString(2), row.getString(3), nullableLong(row, 4), row.getString(5),
                nullableLong(row, 6), row.getString(7), row.getDate(8).toLocalDate());
    }

    private static KeyedForm form(ResultSet row) throws SQLException {
        return new KeyedForm(row.getLong(1), row.getLong(2), row.getString(3), row.getInt(4), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), row.getTimestamp(9).toLocalDateTime(), nullableLong(row, 10), row.getLong(11));
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private <T> Optional<T> one(String sql, List<Object> args, RowReader<T> reader) {
        List<T> found = all(sql, args, reader);
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    private <T> List<T> all(String sql, List<Object> args, RowReader<T> reader) {
        return jdbc.prepareStatement(sql, select -> {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            List<T> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        });
    }

    private void update(String sql, Object... args) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, args[i]);
                }
            }
            return statement.executeUpdate();
        });
    }

    private long insert(String sql, Binder binder) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                binder.bind(insert);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
