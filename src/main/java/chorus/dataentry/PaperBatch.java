package chorus.dataentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of {@code paper_batch}: a pile of returned paper forms, perhaps from one listening event. */
@MappedEntity("paper_batch")
record PaperBatch(@Id @GeneratedValue @Nullable Long id, String reference, String surveyId, @Nullable Long eventId,
                  @Nullable String note, long createdBy, LocalDate createdOn) {
}
