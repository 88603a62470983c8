package chorus.event;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** How many people at an event said they belong to one ethnic category; a category counted 0 has no row. */
@MappedEntity("event_tally")
record EventTally(@EmbeddedId Key key, int people) {

    @Embeddable
    record Key(@MappedProperty("event_id") long eventId, @MappedProperty("ethnic_category") String ethnicCategory) {
    }
}
