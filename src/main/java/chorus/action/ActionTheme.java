package chorus.action;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A theme of the codebook an action answers. */
@MappedEntity("action_theme")
record ActionTheme(@EmbeddedId Key key) {

    @Embeddable
    record Key(@MappedProperty("action_id") long actionId, @MappedProperty("theme_id") long themeId) {
    }
}
