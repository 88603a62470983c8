package chorus.system;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** Attempts of one kind from one source in one fixed window, changed only by single statements. */
@MappedEntity("throttle")
record ThrottleCount(@EmbeddedId Key key, int hits) {

    @Embeddable
    record Key(@MappedProperty("kind") String kind, @MappedProperty("source_hash") String sourceHash,
               @MappedProperty("window_start") long windowStart) {
    }
}
