package chorus.theme;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A theme one coder gave an item. */
@MappedEntity("theme_coding")
record ThemeCoding(@EmbeddedId Key key) {

    @Embeddable
    record Key(@MappedProperty("item_id") String itemId, @MappedProperty("coder") String coder,
               @MappedProperty("theme_id") long themeId) {
    }
}
