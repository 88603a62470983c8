package chorus.account;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * Sign-in attempts for one typed name from one source, both pseudonyms: failures since the last
 * success, the wait they started, and when the name last signed in from there (epoch seconds).
 * Every change is one conditional UPDATE of {@link SignInSourceRepository}.
 */
@MappedEntity("sign_in_source")
record SignInSource(@EmbeddedId Key key, int failures, int delaySeconds, long blockedUntil, long signedInAt, long lastSeen) {

    @Embeddable
    record Key(@MappedProperty("name_hash") String nameHash, @MappedProperty("source_hash") String sourceHash) {
    }
}
