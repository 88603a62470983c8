package chorus.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A theme of the codebook. A retired theme is not offered for new coding but keeps its codings; a
 * merged one points to the theme that took it over, and reports count its codings there.
 */
@MappedEntity("theme")
public record Theme(@Id @GeneratedValue @Nullable Long id, String code, @Nullable Long parentId, String name,
                    String description, boolean retired, @Nullable Long mergedInto) {

    /** Offered to coders and suggested: neither retired nor merged. */
    public boolean active() {
        return !retired && mergedInto == null;
    }
}
