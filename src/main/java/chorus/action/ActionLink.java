package chorus.action;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** The themes and the items an action answers. */
final class ActionLink {

    private ActionLink() {
    }

    @MappedEntity("action_theme")
    record ToTheme(@EmbeddedId Key key) {

        @Embeddable
        record Key(@MappedProperty("action_id") long actionId, @MappedProperty("theme_id") long themeId) {
        }
    }

    @MappedEntity("action_said")
    record ToItem(@EmbeddedId Key key) {

        @Embeddable
        record Key(@MappedProperty("action_id") long actionId, @MappedProperty("item_id") String itemId) {
        }
    }
}
