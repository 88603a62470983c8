package chorus.dataentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A row of {@code keyed_form}: one paper form as keyed, pending until confirmed into {@code responseId}. */
@MappedEntity("keyed_form")
record KeyedFormRow(@Id @GeneratedValue @Nullable Long id, long batchId, String surveyId, int surveyVersion, String language,
                    String formKey, String status, long keyedBy, LocalDateTime keyedAt, @Nullable Long confirmedBy,
                    @Nullable LocalDateTime confirmedAt, @Nullable Long responseId) {
}
