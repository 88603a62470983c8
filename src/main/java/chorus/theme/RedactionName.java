package chorus.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A word the LMNS lists so redaction finds it: a member of staff, a ward, a small place. */
@MappedEntity("redaction_name")
record RedactionName(@Id @GeneratedValue @Nullable Long id, Kind kind, String name) {

    enum Kind {
        STAFF, WARD, PLACE;

        String labelKey() {
            return switch (this) {
                case STAFF -> "redaction.kind.staff";
                case WARD -> "redaction.kind.ward";
                case PLACE -> "redaction.kind.place";
            };
        }
    }
}
