package chorus.staff;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A one-time invitation code, known only by the SHA-256 of the code: the printed codes are the only copy. */
@MappedEntity("invitation_code")
record InvitationCode(@Id String codeHash, long roundId, long organisationId, boolean used) {
}
