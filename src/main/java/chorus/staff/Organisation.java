package chorus.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A trust or other employer whose staff answer the staff survey. */
@MappedEntity("organisation")
public record Organisation(@Id @GeneratedValue @Nullable Long id, String code, String name) {
}
