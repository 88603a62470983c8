package chorus.disclosure;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one secret of the record keys (row 1). */
@MappedEntity("disclosure_secret")
record DisclosureSecretRow(@Id int id, String secret) {
}
