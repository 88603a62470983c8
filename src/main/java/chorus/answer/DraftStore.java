package chorus.answer;

import chorus.system.ChorusSettings;
import java.time.Clock;
import chorus.survey.Page;
import chorus.survey.Question;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts live in the database, not in server memory, so any number of Chorus instances can
 * serve one survey. The cookie holds a random token; only its SHA-256 is stored.
 * <p>
 * Its SQL is written by hand, unlike the plain tables' repositories: this is the busiest path of
 * Chorus under load and every statement was chosen against InnoDB deadlocks (a row lock before a
 * submission, deletes only of one draft's own rows, a page's answers as one batch insert).
 */
@Singleton
public class DraftStore {

    /**
     * Locks the draft's row until the transaction ends, so a double submit waits for the first and
     * then finds it submitted; true when it was (or the draft is gone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean lockAndCheckSubmitted(long draftId) {
        return jdbc.prepareStatement("SELECT submitted FROM draft WHERE id = ? FOR UPDATE", select -> {
            select.setLong(1, draftId);
            try (ResultSet row = select.executeQuery()) {
                return !row.next() || row.getBoolean(1);
            }
        });
    }

    /** Marks a page as answered, so a person who comes back resumes where they stopped. */
    static final String PAGE_DONE = "page:";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcOperations jdbc;
    private final Duration lifetime;
    private final Clock clock;

    DraftStore(JdbcOperations jdbc, Clock clock, ChorusSettings settings) {
        int draftHours = settings.draftHours();
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = Duration.ofHours(draftHours);
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A new draft and the token for its cookie; {@code eventId} is the listening event it is answered for, if any. */
    @Transactional
    public String create(String surveyId, int version, String language, Channel channel, Long eventId) {
        return create(surveyId, version, language, channel, eventId, null, null, null);
    }

    /** A staff survey's draft: also the round and organisation it counts for, and its invitation code's hash (or null). */
    @Transactional
    public String create(String surveyId, int version, String language, Channel channel, Long eventId,
                         Long roundId, Long organisationId, String invitationHash) {
        String token = randomToken(32);
        jdbc.prepareStatement("INSERT INTO draft (token_hash, form_token, survey_id, survey_version, language, channel,"
                + " submission_key, submitted, expires_at, event_id, round_id, organisation_id, invitation_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?)", insert -> {
                    insert.setString(1, hash(token));
                    insert.setString(2, HexFormat.of().formatHex(randomBytes(16)));
                    insert.setString(3, surveyId);
                    insert.setInt(4, version);
                    insert.setString(5, language);
                    insert.setString(6, channel.name());
                    insert.setString(7, UUID.randomUUID().toString());
                    insert.setTimestamp(8, expiry());
                    insert.setObject(9, eventId, Types.BIGINT);
                    insert.setObject(10, roundId, Types.BIGINT);
                    insert.setObject(11, organisationId, Types.BIGINT);
                    insert.setString(12, invitationHash);
                    return insert.executeUpdate();
                });
        return token;
    }

    /** The draft of the cookie; a submitted staff draft is found by what it left behind (see {@link #delete}). */
    @Transactional
    public Optional<Draft> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Draft> draft = jdbc.prepareStatement("SELECT id, form_token, survey_id, survey_version, language, channel, submission_key,"
                + " submitted, event_id, round_id, organisation_id, invitation_hash FROM draft WHERE token_hash = ? AND expires_at > ?", select -> {
                    select.setString(1, hash);
                    select.setTimestamp(2, now());
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? Optional.of(draft(row)) : Optional.empty();
                    }
                });
        if (draft.isPresent()) {
            return draft;
        }
        return jdbc.prepareStatement("SELECT r.survey_id, d.survey_version FROM staff_draft_done d"
                + " JOIN survey_round r ON r.id = d.round_id WHERE d.token_hash = ?", select -> {
                    select.setString(1, hash);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? Optional.of(new Draft(0, "", row.getString(1), row.getInt(2), "en", Channel.ONLINE,
                                null, true, null, null, null, null)) : Optional.empty();
                    }
                });
    }

    /** Field name to values, in the order they were given. */
    @Transactional
    public Map<String, List<String>> answers(long draftId) {
        return jdbc.prepareStatement("SELECT field_name, field_value FROM draft_answer WHERE draft_id = ? ORDER BY id", select -> {
            select.setLong(1, draftId);
            Map<String, List<String>> answers = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    answers.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            return answers;
        });
    }

    /** Replaces what the draft holds for one page, and keeps the draft for another full lifetime. */
    @Transactional
    public void savePage(long draftId, Page page, Map<String, List<String>> values) {
        List<String> fields = new ArrayList<>();
        fields.add(PAGE_DONE + page.id());
        for (Question question : page.questions()) {
            fields.add(question.id());
            fields.add(PageInput.selfDescriptionField(question));
        }
        String marks = String.join(",", fields.stream().map(f -> "?").toList());
        jdbc.prepareStatement("DELETE FROM draft_answer WHERE draft_id = ? AND field_name IN (" + marks + ")", delete -> {
            delete.setLong(1, draftId);
            for (int i = 0; i < fields.size(); i++) {
                delete.setString(i + 2, fields.get(i));
            }
            return delete.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO draft_answer (draft_id, field_name, field_value) VALUES (?, ?, ?)", insert -> {
            add(insert, draftId, PAGE_DONE + page.id(), "done");
            for (Map.Entry<String, List<String>> entry : values.entrySet()) {
                for (String value : entry.getValue()) {
                    add(insert, draftId, entry.getKey(), value);
                }
            }
            return insert.executeBatch();
        });
        touch(draftId);
    }

    @Transactional
    public void setLanguage(long draftId, String language) {
        jdbc.prepareStatement("UPDATE draft SET language = ? WHERE id = ?", update -> {
            update.setString(1, language);
            update.setLong(2, draftId);
            return update.executeUpdate();
        });
    }

    /**
     * After submission the draft keeps only the fact that it was submitted, so a retry shows the
     * thank-you page; the answers, the submission key and any invitation code's hash go, leaving
     * nothing that links the cookie or the code to the stored response.
     */
    @Transactional
    public void markSubmitted(long draftId) {
        jdbc.prepareStatement("DELETE FROM draft_answer WHERE draft_id = ?", delete -> {
            delete.setLong(1, draftId);
            return delete.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE draft SET submitted = TRUE, submission_key = NULL, invitation_hash = NULL WHERE id = ?", update -> {
            update.setLong(1, draftId);
            return update.executeUpdate();
        });
    }

    /**
     * Removes a submitted staff draft in the transaction that stores its response: its expiry, kept
     * to the second, would date the answer. Only the hash of its cookie stays, keyed by itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void delete(long draftId) {
        jdbc.prepareStatement("INSERT INTO staff_draft_done (token_hash, round_id, survey_version)"
                + " SELECT token_hash, round_id, survey_version FROM draft WHERE id = ?", insert -> {
                    insert.setLong(1, draftId);
                    return insert.executeUpdate();
                });
        jdbc.prepareStatement("DELETE FROM draft WHERE id = ?", delete -> {
            delete.setLong(1, draftId);
            return delete.executeUpdate();
        });
    }

    /** Removes a draft and its answers at once, as a kiosk does when a person walks away or has finished. */
    @Transactional
    public void discard(String token) {
        if (token == null || token.length() > 100) {
            return;
        }
        jdbc.prepareStatement("DELETE FROM draft WHERE token_hash = ?", delete -> {
            delete.setString(1, hash(token));
            return delete.executeUpdate();
        });
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    @Transactional
    public void purgeExpired() {
        jdbc.prepareStatement("DELETE FROM draft WHERE expires_at <= ?", delete -> {
            delete.setTimestamp(1, now());
            return delete.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM staff_draft_done WHERE round_id IN"
                + " (SELECT id FROM survey_round WHERE closes_on < ?)", delete -> {
                    delete.setDate(1, java.sql.Date.valueOf(LocalDateTime.now(clock).minus(lifetime).toLocalDate()));
                    return delete.executeUpdate();
                });
    }

    private void touch(long draftId) {
        jdbc.prepareStatement("UPDATE draft SET expires_at = ? WHERE id = ?", update -> {
            update.setTimestamp(1, expiry());
            update.setLong(2, draftId);
            return update.executeUpdate();
        });
    }

    private static void add(PreparedStatement insert, long draftId, String field, String value) throws SQLException {
        insert.setLong(1, draftId);
        insert.setString(2, field);
        insert.setString(3, value);
        insert.addBatch();
    }

    private static Draft draft(ResultSet row) throws SQLException {
        return new Draft(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5),
                Channel.valueOf(row.getString(6)), row.getString(7), row.getBoolean(8), row.getObject(9, Long.class),
                row.getObject(10, Long.class), row.getObject(11, Long.class), row.getString(12));
    }

    private Timestamp expiry() {
        return Timestamp.valueOf(LocalDateTime.now(clock).plus(lifetime).truncatedTo(ChronoUnit.SECONDS));
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    static String randomToken(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
