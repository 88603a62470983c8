package chorus.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** One change to the codebook; the codebook's version is the number of changes made to it. */
@MappedEntity("theme_change")
record ThemeChange(@Id @GeneratedValue @Nullable Long id, long themeId, LocalDateTime changedAt, String changedBy,
                   Kind kind, String detail) {

    enum Kind {
        SEEDED, ADDED, RENAMED, RETIRED, RESTORED, MERGED;

        String labelKey() {
            return switch (this) {
                case SEEDED -> "codebook.change.seeded";
                case ADDED -> "codebook.change.added";
                case RENAMED -> "codebook.change.renamed";
                case RETIRED -> "codebook.change.retired";
                case RESTORED -> "codebook.change.restored";
                case MERGED -> "codebook.change.merged";
            };
        }
    }
}
