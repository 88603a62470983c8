package chorus.answer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DraftRepository extends CrudRepository<DraftRow, Long> {

    /** What a submitted staff draft leaves behind: its survey version, so a retry shows the thank-you page. */
    @Introspected
    record Done(String surveyId, int surveyVersion) {
    }

    Optional<DraftRow> findByTokenHashAndExpiresAtGreaterThan(String tokenHash, LocalDateTime now);

    @Query("SELECT r.survey_id, d.survey_version FROM staff_draft_done d JOIN survey_round r ON r.id = d.round_id"
            + " WHERE d.token_hash = :tokenHash")
    Optional<Done> findDone(String tokenHash);

    /**
     * Locks the draft's row until the transaction ends, so a double submit waits for the first and
     * then finds it submitted.
     */
    @Query("SELECT submitted FROM draft WHERE id = :id FOR UPDATE")
    Optional<Boolean> lockSubmitted(long id);

    void update(@Id long id, String language);

    void update(@Id long id, LocalDateTime expiresAt);

    /** Keeps only the fact of submission: the key and any invitation code's hash would link the cookie to the response. */
    @Query("UPDATE draft SET submitted = TRUE, submission_key = NULL, invitation_hash = NULL WHERE id = :id")
    void markSubmitted(long id);

    /** Keeps a submitted staff draft's cookie hash, keyed by itself, with nothing that dates it. */
    @Query("INSERT INTO staff_draft_done (token_hash, round_id, survey_version)"
            + " SELECT token_hash, round_id, survey_version FROM draft WHERE id = :id")
    void keepDone(long id);

    void deleteByTokenHash(String tokenHash);

    void deleteByExpiresAtLessThanEquals(LocalDateTime now);

    @Query("DELETE FROM staff_draft_done WHERE round_id IN (SELECT id FROM survey_round WHERE closes_on < :closedBefore)")
    void purgeDone(LocalDate closedBefore);
}
