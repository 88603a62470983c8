package chorus.action;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** An item of what people said that led to an action. */
@MappedEntity("action_said")
record ActionSaid(@EmbeddedId Key key) {

    @Embeddable
    record Key(@MappedProperty("action_id") long actionId, @MappedProperty("item_id") String itemId) {
    }
}
