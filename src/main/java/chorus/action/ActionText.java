package chorus.action;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** One public text of an action in one language, and the fingerprint of the English it was translated from. */
@MappedEntity("action_text")
record ActionText(@EmbeddedId Key key, String text, String source) {

    @Embeddable
    record Key(@MappedProperty("action_id") long actionId, @MappedProperty("lang") String lang,
               @MappedProperty("field") String field) {
    }
}
