package chorus.system;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one key of the pseudonyms (row 1), shared by every instance. */
@MappedEntity("pseudonym_key")
record PseudonymKey(@Id int id, String secret) {
}
