package chorus.dataentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A question's answer changed on a keyed form, before and after in words, and who changed it when. */
@MappedEntity("keyed_correction")
record KeyedCorrection(@Id @GeneratedValue @Nullable Long id, long keyedFormId, String questionId, String oldValue,
                       String newValue, long correctedBy, LocalDateTime correctedAt) {
}
