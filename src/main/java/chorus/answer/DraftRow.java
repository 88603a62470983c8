package chorus.answer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A row of {@code draft}: known by the SHA-256 of its cookie's token; {@link Draft} is what the flow reads of it. */
@MappedEntity("draft")
record DraftRow(@Id @GeneratedValue @Nullable Long id, String tokenHash, String formToken, String surveyId, int surveyVersion,
                String language, Channel channel, @Nullable String submissionKey, boolean submitted, LocalDateTime expiresAt,
                @Nullable Long eventId, @Nullable Long roundId, @Nullable Long organisationId, @Nullable String invitationHash) {

    Draft draft() {
        return new Draft(id, formToken, surveyId, surveyVersion, language, channel, submissionKey, submitted, eventId, roundId,
                organisationId, invitationHash);
    }
}
