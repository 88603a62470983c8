package chorus.theme;

import chorus.disclosure.RecordKeys;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import chorus.system.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Brings what people said into the inbox, and reads the raw words back for the coding workspace. Hand
 * SQL because both are bulk: finding the answers and comments not yet in the inbox is one anti-join
 * per source, and new items go in as one JDBC batch.
 */
@Singleton
class SaidStore {

    /**
     * Free text that is a detail about the person rather than something they said: the first language
     * typed in "about you", which the representation report counts.
     */
    static final Set<String> DETAIL_QUESTIONS = Set.of("first_language");

    /** At most this many new items per transaction, so the sync lock is never held for long. */
    static final int BATCH = 1_000;

    private final JdbcOperations jdbc;
    private final SaidItemRepository items;

    SaidStore(JdbcOperations jdbc, SaidItemRepository items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    /** A free-text question people answer in their own words. */
    static boolean said(Question question) {
        return (question.type() == QuestionType.LONG_TEXT || question.type() == QuestionType.SHORT_TEXT)
                && !DETAIL_QUESTIONS.contains(question.id());
    }

    /** Survey id to the ids of its questions whose answers are items, over all its versions. */
    static Map<String, Set<String>> saidQuestions(Collection<Survey> surveys, boolean staff) {
        Map<String, Set<String>> questions = new java.util.TreeMap<>();
        for (Survey survey : surveys) {
            if (survey.forStaff() != staff) {
                continue;
            }
            survey.questions().filter(SaidStore::said)
                    .forEach(q -> questions.computeIfAbsent(survey.id(), k -> new java.util.TreeSet<>()).add(q.id()));
        }
        return questions;
    }

    /** A new item before its id and redaction: the raw text and where it came from. */
    record Incoming(SaidItem.Source source, Long answerId, Long commentId, String staffResponseId, String questionId,
                    Long responseId, String surveyId, Long eventId, Long mvpId, Long roundId, Long organisationId,
                    String language, String channel, LocalDate saidOn, String text) {
    }

    /** What one batch brought in, and the highest answer id it looked at: the next batch looks above it. */
    record Brought(int count, long lastAnswerId) {
    }

    /** How long a response may take from its answers being written to being committed, with room to spare. */
    static final Duration COMMIT_MARGIN = Duration.ofMinutes(10);

    /**
     * Adds up to {@link #BATCH} of the answers and comments not in the inbox yet, redacted by
     * {@code redact}, under the sync lock. Survey answers are looked for above {@code afterAnswer}
     * and above the mark of answers known to be in (see V21, said_sync), so a run of batches reads
     * each answer once, not once per batch.
     *
     * @return how many were added (less than BATCH when nothing is left) and the last answer id read
     */
    @Transactional
    Brought bringIn(Map<String, Set<String>> surveyQuestions, Map<String, Set<String>> staffQuestions, LocalDate today,
                    UnaryOperator<String> redact, long afterAnswer) {
        long doneBelow = Sql.lock(jdbc, "said_sync", "answers_done_below");
        long from = Math.max(afterAnswer, doneBelow);
        List<Incoming> incoming = new ArrayList<>();
        long last = from;
        if (!surveyQuestions.isEmpty()) {
            incoming.addAll(newAnswers(surveyQuestions, from, BATCH));
            for (Incoming answer : incoming) {
                last = Math.max(last, answer.answerId());
            }
        }
        if (incoming.size() < BATCH) {
            incoming.addAll(newComments(BATCH - incoming.size()));
        }
        if (incoming.size() < BATCH && !staffQuestions.isEmpty()) {
            incoming.addAll(newStaffAnswers(staffQuestions, today, BATCH - incoming.size()));
        }
        insert(incoming, redact);
        return new Brought(incoming.size(), last);
    }

    /** The highest answer id now: where a search starting now will have looked up to once it finishes. */
    @Transactional
    long newestAnswer() {
        return Sql.first(jdbc, "SELECT COALESCE(MAX(id), 0) FROM answer", row -> row.getLong(1)).orElse(0L);
    }

    /**
     * After a search that began at {@code started}, when the newest answer was {@code newest}, has
     * found everything: the candidate mark becomes the mark if it was seen at least
     * {@link #COMMIT_MARGIN} before the search began, and this search's newest answer becomes the
     * candidate. One statement, so two instances finishing together cannot move the mark back.
     */
    @Transactional
    void searched(Instant started, long newest) {
        Timestamp at = Timestamp.from(started);
        Timestamp settled = Timestamp.from(started.minus(COMMIT_MARGIN));
        Sql.update(jdbc, "UPDATE said_sync SET"
                + " answers_done_below = CASE WHEN candidate_at IS NOT NULL AND candidate_at <= ?"
                + " AND answers_candidate > answers_done_below THEN answers_candidate ELSE answers_done_below END,"
                + " answers_candidate = CASE WHEN candidate_at IS NULL OR candidate_at <= ? THEN ? ELSE answers_candidate END,"
                + " candidate_at = CASE WHEN candidate_at IS NULL OR candidate_at <= ? THEN ? ELSE candidate_at END"
                + " WHERE id = 1", settled, settled, newest, settled, at);
    }

    private List<Incoming> newAnswers(Map<String, Set<String>> questions, long after, int limit) {
        List<Object> values = new ArrayList<>();
        values.add(after);
        String which = which("r.survey_id", "a.question_id", questions, values);
        String sql = "SELECT a.id, a.response_id, a.question_id, a.text_value, r.survey_id, r.event_id, e.mvp_id, r.language,"
                + " r.channel, r.submitted_on FROM answer a JOIN response r ON r.id = a.response_id"
                + " LEFT JOIN listening_event e ON e.id = r.event_id"
                + " WHERE a.id > ? AND (" + which + ") AND a.text_value IS NOT NULL AND a.text_value <> ''"
                + " AND NOT EXISTS (SELECT 1 FROM said_item i WHERE i.answer_id = a.id) ORDER BY a.id LIMIT " + limit;
        return Sql.list(jdbc, sql, rows -> new Incoming(SaidItem.Source.SURVEY, rows.getLong(1), null, null,
                rows.getString(3), rows.getLong(2), rows.getString(5), nullableLong(rows, 6), nullableLong(rows, 7), null, null,
                rows.getString(8), rows.getString(9), rows.getDate(10).toLocalDate(), rows.getString(4)), values);
    }

    private List<Incoming> newComments(int limit) {
        String sql = "SELECT c.id, c.event_id, e.mvp_id, c.language, c.comment_text, c.response_id, e.held_on"
                + " FROM event_comment c JOIN listening_event e ON e.id = c.event_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM said_item i WHERE i.comment_id = c.id) ORDER BY c.id LIMIT " + limit;
        return Sql.list(jdbc, sql, rows -> new Incoming(SaidItem.Source.EVENT, null, rows.getLong(1), null, null,
                nullableLong(rows, 6), null, rows.getLong(2), rows.getLong(3), null, null, rows.getString(4), "EVENT",
                rows.getDate(7).toLocalDate(), rows.getString(5)));
    }

    /**
     * Staff answers of rounds that have closed: a staff item appears only when no more answers can
     * come, so neither its arrival in the inbox nor the time it was coded can place an answer in the round.
     */
    private List<Incoming> newStaffAnswers(Map<String, Set<String>> questions, LocalDate today, int limit) {
        List<Object> values = new ArrayList<>();
        values.add(Date.valueOf(today));
        String which = which("r.survey_id", "s.question_id", questions, values);
        String sql = "SELECT s.response_id, s.question_id, s.text_value, r.survey_id, r.language, r.round_id, r.organisation_id"
                + " FROM staff_answer s JOIN staff_response r ON r.id = s.response_id JOIN survey_round o ON o.id = r.round_id"
                + " WHERE o.closes_on < ? AND (" + which + ") AND s.text_value IS NOT NULL AND s.text_value <> ''"
                + " AND NOT EXISTS (SELECT 1 FROM said_item i WHERE i.staff_response_id = s.response_id"
                + " AND i.question_id = s.question_id) LIMIT " + limit;
        return Sql.list(jdbc, sql, rows -> new Incoming(SaidItem.Source.STAFF, null, null, rows.getString(1),
                rows.getString(2), null, rows.getString(4), null, null, rows.getLong(6), rows.getLong(7),
                rows.getString(5), "ONLINE", null, rows.getString(3)), values);
    }

    private void insert(List<Incoming> incoming, UnaryOperator<String> redact) {
        if (incoming.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO said_item (id, source, answer_id, comment_id, staff_response_id, question_id,"
                + " response_id, survey_id, event_id, mvp_id, round_id, organisation_id, language, channel, said_on,"
                + " redacted_text, redaction_edited, status, safeguarding, double_coded, version, record_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'NEW', FALSE, FALSE, 0, ?)", insert -> {
            for (Incoming item : incoming) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, item.source().name());
                setLong(insert, 3, item.answerId());
                setLong(insert, 4, item.commentId());
                insert.setString(5, item.staffResponseId());
                insert.setString(6, item.questionId());
                setLong(insert, 7, item.responseId());
                insert.setString(8, item.surveyId());
                setLong(insert, 9, item.eventId());
                setLong(insert, 10, item.mvpId());
                setLong(insert, 11, item.roundId());
                setLong(insert, 12, item.organisationId());
                insert.setString(13, item.language());
                insert.setString(14, item.channel());
                insert.setDate(15, item.saidOn() == null ? null : Date.valueOf(item.saidOn()));
                insert.setString(16, redact.apply(item.text()));
                insert.setInt(17, RecordKeys.fresh());
                insert.addBatch();
            }
            return insert.executeBatch();
        });
    }

    /** The words as they were said, for the coding workspace only. */
    @Transactional
    Optional<String> rawText(SaidItem item) {
        if (item.answerId() == null && item.commentId() == null && item.staffResponseId() == null) {
            return Optional.empty();
        }
        Sql.Row<String> text = row -> row.getString(1);
        return switch (item.source()) {
            case SURVEY -> Sql.first(jdbc, "SELECT text_value FROM answer WHERE id = ?", text, item.answerId());
            case EVENT -> Sql.first(jdbc, "SELECT comment_text FROM event_comment WHERE id = ?", text, item.commentId());
            case STAFF -> Sql.first(jdbc, "SELECT text_value FROM staff_answer WHERE response_id = ? AND question_id = ?"
                    + " AND seq = 1", text, item.staffResponseId(), item.questionId());
        };
    }

    /** Raw text of the items whose redaction nobody edited, to redact again after the name lists changed. */
    @Transactional
    List<Map.Entry<String, String>> unedited(String afterId, int limit) {
        String sql = "SELECT i.id, COALESCE(a.text_value, c.comment_text, s.text_value) FROM said_item i"
                + " LEFT JOIN answer a ON a.id = i.answer_id LEFT JOIN event_comment c ON c.id = i.comment_id"
                + " LEFT JOIN staff_answer s ON s.response_id = i.staff_response_id AND s.question_id = i.question_id AND s.seq = 1"
                + " WHERE i.redaction_edited = FALSE AND i.id > ? ORDER BY i.id LIMIT " + limit;
        return Sql.list(jdbc, sql, rows -> Map.entry(rows.getString(1), rows.getString(2) == null ? "" : rows.getString(2)),
                afterId);
    }

    /** Replaces redactions in one batch; the version moves so a coder's open form notices. */
    @Transactional
    void redactAgain(List<Map.Entry<String, String>> redacted) {
        if (redacted.isEmpty()) {
            return;
        }
        Sql.batch(jdbc, "UPDATE said_item SET redacted_text = ?, version = version + 1 WHERE id = ? AND redacted_text <> ?",
                redacted.stream().map(item -> java.util.Arrays.asList(item.getValue(), item.getKey(), item.getValue())).toList());
    }

    /** What coders decided: the text of each coded item with the codes of its themes, to learn from. */
    record Decided(String text, String language, Set<String> themes) {
    }

    @Transactional
    List<Decided> decided() {
        Map<String, Decided> byItem = new java.util.LinkedHashMap<>();
        for (String[] row : Sql.list(jdbc, "SELECT i.id, i.redacted_text, i.language, t.code FROM said_item i"
                + " JOIN theme_coding c ON c.item_id = i.id AND c.coder = i.decided_by JOIN theme t ON t.id = c.theme_id"
                + " WHERE i.status = 'CODED'",
                rows -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)})) {
            byItem.computeIfAbsent(row[0], id -> new Decided(row[1], row[2], new java.util.TreeSet<>())).themes().add(row[3]);
        }
        return List.copyOf(byItem.values());
    }

    /** One page of a coder's queue, oldest first, and whether more follow. */
    record QueuePage(List<SaidItem> items, boolean more) {
    }

    /**
     * A coder's queue: items of one source, in a period (staff items by their round's closing date,
     * the only date they have), of one status or any, of one MVP or all.
     */
    @Transactional
    QueuePage queue(SaidItem.Source source, LocalDate from, LocalDate to, SaidItem.Status status, Long mvpId,
                    String secondFor, int offset, int size) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT i.id FROM said_item i");
        if (source == SaidItem.Source.STAFF) {
            sql.append(" JOIN survey_round o ON o.id = i.round_id WHERE i.source = ? AND o.closes_on BETWEEN ? AND ?");
        } else {
            sql.append(" WHERE i.source = ? AND i.said_on BETWEEN ? AND ?");
        }
        values.add(source.name());
        values.add(Date.valueOf(from));
        values.add(Date.valueOf(to));
        if (status != null) {
            sql.append(" AND i.status = ?");
            values.add(status.name());
        }
        if (mvpId != null) {
            sql.append(" AND i.mvp_id = ?");
            values.add(mvpId);
        }
        if (secondFor != null) {
            sql.append(" AND i.double_coded = TRUE AND i.status = 'CODED' AND i.decided_by <> ?"
                    + " AND NOT EXISTS (SELECT 1 FROM theme_coding c WHERE c.item_id = i.id AND c.coder = ?)");
            values.add(secondFor);
            values.add(secondFor);
        }
        sql.append(source == SaidItem.Source.STAFF ? " ORDER BY i.id" : " ORDER BY i.said_on, i.id");
        sql.append(" LIMIT ").append(size + 1).append(" OFFSET ").append(offset);
        List<String> ids = Sql.list(jdbc, sql.toString(), rows -> rows.getString(1), values);
        if (ids.isEmpty()) {
            return new QueuePage(List.of(), false);
        }
        Map<String, SaidItem> found = new java.util.HashMap<>();
        items.findByIdIn(ids.subList(0, Math.min(size, ids.size()))).forEach(i -> found.put(i.id(), i));
        List<SaidItem> ordered = ids.subList(0, Math.min(size, ids.size())).stream().map(found::get)
                .filter(java.util.Objects::nonNull).toList();
        return new QueuePage(ordered, ids.size() > size);
    }

    /**
     * Samples coded items of a queue for a second coder: up to {@code size} of them, at random, that
     * are not sampled yet. Random so that neither coder chooses which of their items are checked.
     */
    @Transactional
    int sample(SaidItem.Source source, LocalDate from, LocalDate to, Long mvpId, int size) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT i.id FROM said_item i");
        if (source == SaidItem.Source.STAFF) {
            sql.append(" JOIN survey_round o ON o.id = i.round_id WHERE i.source = ? AND o.closes_on BETWEEN ? AND ?");
        } else {
            sql.append(" WHERE i.source = ? AND i.said_on BETWEEN ? AND ?");
        }
        values.add(source.name());
        values.add(Date.valueOf(from));
        values.add(Date.valueOf(to));
        sql.append(" AND i.status = 'CODED' AND i.double_coded = FALSE");
        if (mvpId != null) {
            sql.append(" AND i.mvp_id = ?");
            values.add(mvpId);
        }
        List<String> ids = new ArrayList<>(Sql.list(jdbc, sql.toString(), rows -> rows.getString(1), values));
        java.util.Collections.shuffle(ids, new java.security.SecureRandom());
        List<String> chosen = ids.subList(0, Math.min(size, ids.size()));
        if (!chosen.isEmpty()) {
            Sql.batch(jdbc, "UPDATE said_item SET double_coded = TRUE WHERE id = ?", chosen.stream().map(List::of).toList());
        }
        return chosen.size();
    }

    /** Two codings of each double-coded item of these sources (by coder name: kappa does not depend on their order). */
    record DoubleCoding(String itemId, String first, Set<Long> firstThemes, String second, Set<Long> secondThemes) {
    }

    @Transactional
    List<DoubleCoding> doubleCoded(java.util.Set<SaidItem.Source> sources, Long mvpId) {
        List<Object> values = new ArrayList<>();
        String in = String.join(", ", sources.stream().map(s -> "?").toList());
        values.addAll(sources.stream().map(Enum::name).toList());
        String sql = "SELECT i.id, c.coder, c.theme_id, i.decided_by FROM said_item i JOIN theme_coding c ON c.item_id = i.id"
                + " WHERE i.double_coded = TRUE AND i.source IN (" + in + ")" + (mvpId == null ? "" : " AND i.mvp_id = ?")
                + " ORDER BY i.id, c.coder";
        if (mvpId != null) {
            values.add(mvpId);
        }
        Map<String, Map<String, Set<Long>>> byItem = new java.util.LinkedHashMap<>();
        for (String[] row : Sql.list(jdbc, sql, rows -> new String[] {rows.getString(1), rows.getString(2),
                rows.getString(3)}, values)) {
            byItem.computeIfAbsent(row[0], k -> new java.util.TreeMap<>())
                    .computeIfAbsent(row[1], k -> new java.util.TreeSet<>()).add(Long.parseLong(row[2]));
        }
        List<DoubleCoding> found = new ArrayList<>();
        byItem.forEach((item, coders) -> {
            if (coders.size() >= 2) {
                List<String> names = new ArrayList<>(coders.keySet());
                found.add(new DoubleCoding(item, names.get(0), coders.get(names.get(0)), names.get(1), coders.get(names.get(1))));
            }
        });
        return found;
    }

    /** How often Chorus suggested a theme, and how often the coder then gave the item that theme. */
    record Precision(long themeId, long suggested, long taken) {
    }

    /** Suggestion precision per theme, over the items of these sources (and one MVP when set). */
    @Transactional
    List<Precision> precision(java.util.Set<SaidItem.Source> sources, Long mvpId) {
        List<Object> values = new ArrayList<>(sources.stream().map(Enum::name).toList());
        String sql = "SELECT s.theme_id, COUNT(*), SUM(CASE WHEN s.accepted THEN 1 ELSE 0 END) FROM theme_suggestion s"
                + " JOIN said_item i ON i.id = s.item_id WHERE i.source IN ("
                + String.join(", ", sources.stream().map(x -> "?").toList()) + ")"
                + (mvpId == null ? "" : " AND i.mvp_id = ?") + " GROUP BY s.theme_id ORDER BY s.theme_id";
        if (mvpId != null) {
            values.add(mvpId);
        }
        return Sql.list(jdbc, sql, rows -> new Precision(rows.getLong(1), rows.getLong(2), rows.getLong(3)), values);
    }

    private static String which(String surveyColumn, String questionColumn, Map<String, Set<String>> questions,
                                List<Object> values) {
        List<String> parts = new ArrayList<>();
        questions.forEach((survey, ids) -> {
            parts.add("(" + surveyColumn + " = ? AND " + questionColumn + " IN ("
                    + String.join(", ", ids.stream().map(q -> "?").toList()) + "))");
            values.add(survey);
            values.addAll(ids);
        });
        return String.join(" OR ", parts);
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
