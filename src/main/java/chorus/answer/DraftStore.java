package chorus.answer;

import chorus.system.ChorusSettings;
import chorus.system.Sql;
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
import java.sql.SQLException;
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
 * A draft's answers are written by hand-written SQL: this is the busiest path of Chorus under load,
 * and a page's answers are one batch insert after a delete of only that draft's own rows of that
 * page, so concurrent respondents never lock each other's index ranges (see issue 11's tests).
 */
@Singleton
public class DraftStore {

    /**
     * Locks the draft's row until the transaction ends, so a double submit waits for the first and
     * then finds it submitted; true when it was (or the draft is gone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean lockAndCheckSubmitted(long draftId) {
        return drafts.lockSubmitted(draftId).orElse(true);
    }

    /** Marks a page as answered, so a person who comes back resumes where they stopped. */
    static final String PAGE_DONE = "page:";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcOperations jdbc;
    private final DraftRepository drafts;
    private final Duration lifetime;
    private final Clock clock;

    DraftStore(JdbcOperations jdbc, DraftRepository drafts, Clock clock, ChorusSettings settings) {
        int draftHours = settings.draftHours();
        this.jdbc = jdbc;
        this.drafts = drafts;
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
        drafts.save(new DraftRow(null, hash(token), HexFormat.of().formatHex(randomBytes(16)), surveyId, version, language, channel,
                UUID.randomUUID().toString(), false, expiry(), eventId, roundId, organisationId, invitationHash));
        return token;
    }

    /** The draft of the cookie; a submitted staff draft is found by what it left behind (see {@link #delete}). */
    @Transactional
    public Optional<Draft> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Draft> draft = drafts.findByTokenHashAndExpiresAtGreaterThan(hash, now()).map(DraftRow::draft);
        if (draft.isPresent()) {
            return draft;
        }
        return drafts.findDone(hash).map(done -> new Draft(0, "", done.surveyId(), done.surveyVersion(), "en", Channel.ONLINE,
                null, true, null, null, null, null));
    }

    /** Field name to values, in the order they were given. */
    @Transactional
    public Map<String, List<String>> answers(long draftId) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Sql.list(jdbc, "SELECT field_name, field_value FROM draft_answer WHERE draft_id = ? ORDER BY id",
                row -> new String[] {row.getString(1), row.getString(2)}, draftId)
                .forEach(field -> answers.computeIfAbsent(field[0], k -> new ArrayList<>()).add(field[1]));
        return answers;
    }

    /** Replaces what the draft holds for one page, and keeps the draft for another full lifetime. */
    @Transactional
    public void savePage(long draftId, Page page, Map<String, List<String>> values) {
        List<String> fields = new ArrayList<>();
        fields.add(PAGE_DONE + page.id());
        for (Question question : page.questions()) {
            fields.add(question.id());
            fields.add(PageInput.selfDescriptionField(question));
            if (EthnicSteps.asksGroup(question)) {
                fields.add(EthnicSteps.groupField(question));
            }
        }
        String marks = String.join(",", fields.stream().map(f -> "?").toList());
        List<Object> keys = new ArrayList<>(List.of(draftId));
        keys.addAll(fields);
        Sql.update(jdbc, "DELETE FROM draft_answer WHERE draft_id = ? AND field_name IN (" + marks + ")", keys.toArray());
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
        drafts.update(draftId, language);
    }

    /**
     * After submission the draft keeps only the fact that it was submitted, so a retry shows the
     * thank-you page; the answers, the submission key and any invitation code's hash go, leaving
     * nothing that links the cookie or the code to the stored response.
     */
    @Transactional
    public void markSubmitted(long draftId) {
        Sql.update(jdbc, "DELETE FROM draft_answer WHERE draft_id = ?", draftId);
        drafts.markSubmitted(draftId);
    }

    /**
     * Removes a submitted staff draft in the transaction that stores its response: its expiry, kept
     * to the second, would date the answer. Only the hash of its cookie stays, keyed by itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void delete(long draftId) {
        drafts.keepDone(draftId);
        drafts.deleteById(draftId);
    }

    /** Removes a draft and its answers at once, as a kiosk does when a person walks away or has finished. */
    @Transactional
    public void discard(String token) {
        if (token == null || token.length() > 100) {
            return;
        }
        drafts.deleteByTokenHash(hash(token));
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    @Transactional
    public void purgeExpired() {
        drafts.deleteByExpiresAtLessThanEquals(now());
        drafts.purgeDone(LocalDateTime.now(clock).minus(lifetime).toLocalDate());
    }

    private void touch(long draftId) {
        drafts.update(draftId, expiry());
    }

    private static void add(PreparedStatement insert, long draftId, String field, String value) throws SQLException {
        insert.setLong(1, draftId);
        insert.setString(2, field);
        insert.setString(3, value);
        insert.addBatch();
    }

    private LocalDateTime expiry() {
        return LocalDateTime.now(clock).plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
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
