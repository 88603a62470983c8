package chorus.workforce;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A reporting snapshot, such as "2026" taken on 31 March 2026. */
@MappedEntity("workforce_snapshot")
record Snapshot(@Id @GeneratedValue @Nullable Long id, String name, LocalDate takenOn) {
}
