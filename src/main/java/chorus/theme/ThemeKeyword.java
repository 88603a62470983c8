package chorus.theme;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A word that suggests a theme in one language; matched after that language's stemming. */
@MappedEntity("theme_keyword")
record ThemeKeyword(@EmbeddedId Key key) {

    @Embeddable
    record Key(@MappedProperty("theme_id") long themeId, @MappedProperty("language") String language,
               @MappedProperty("keyword") String keyword) {
    }
}
