package chorus.theme;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A theme Chorus suggested for an item, and whether the coder took it. */
@MappedEntity("theme_suggestion")
record ThemeSuggestion(@EmbeddedId Key key, boolean accepted) {

    @Embeddable
    record Key(@MappedProperty("item_id") String itemId, @MappedProperty("theme_id") long themeId) {
    }
}
