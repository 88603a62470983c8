package chorus.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** Words of an item proposed as a quote for a theme, and whether a second person approved them. */
@MappedEntity("theme_quote")
record ThemeQuote(@Id String id, String itemId, long themeId, String quoteText, @Nullable String gloss, String proposedBy,
                  Status status, @Nullable String decidedBy, @Version int version) {

    enum Status {
        PROPOSED, APPROVED, REJECTED;

        String labelKey() {
            return switch (this) {
                case PROPOSED -> "themes.quote.status.proposed";
                case APPROVED -> "themes.quote.status.approved";
                case REJECTED -> "themes.quote.status.rejected";
            };
        }
    }

    ThemeQuote decided(Status decision, String by) {
        return new ThemeQuote(id, itemId, themeId, quoteText, gloss, proposedBy, decision, by, version);
    }
}
