package chorus.event;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A language spoken at an event: a shipped language's tag ("ur") or the name a lead typed ("Sylheti"). */
@MappedEntity("listening_event_language")
record EventLanguage(@EmbeddedId Key key) {

    @Embeddable
    record Key(@MappedProperty("event_id") long eventId, @MappedProperty("language") String language) {
    }
}
