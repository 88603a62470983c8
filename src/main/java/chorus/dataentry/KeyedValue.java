package chorus.dataentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One value of a keyed form's field, as typed: a form keeps what was keyed until it is confirmed. */
@MappedEntity("keyed_value")
record KeyedValue(@Id @GeneratedValue @Nullable Long id, long keyedFormId, String fieldName, String fieldValue) {
}
