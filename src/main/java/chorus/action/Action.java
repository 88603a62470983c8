package chorus.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;

/**
 * Something the LMNS ({@code mvpId} null) or one MVP does because of what people said. {@code youSaid},
 * {@code weDid} and {@code evidence} are written for the public page; {@code owner} and
 * {@code notDoingReason} stay on staff pages.
 */
@MappedEntity("action_item")
public record Action(@Id @GeneratedValue @Nullable Long id, @Nullable Long mvpId, String title, String youSaid, String weDid,
                     @Nullable String evidence, String owner, Status status, @Nullable String notDoingReason,
                     @Nullable LocalDate startedOn, @Nullable LocalDate dueOn, @Nullable LocalDate doneOn, String changedBy,
                     @Version int version) {

    public enum Status {
        PLANNED, IN_PROGRESS, DONE, NOT_DOING;

        public String labelKey() {
            return switch (this) {
                case PLANNED -> "actions.status.planned";
                case IN_PROGRESS -> "actions.status.in_progress";
                case DONE -> "actions.status.done";
                case NOT_DOING -> "actions.status.not_doing";
            };
        }

        /** Shown on the public page. */
        public boolean shownToPublic() {
            return this == IN_PROGRESS || this == DONE;
        }
    }

    /** The texts the public page shows, by the field name translations use. */
    public enum PublicText {
        TITLE, YOU_SAID, WE_DID, EVIDENCE;

        public String field() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        String of(Action action) {
            return switch (this) {
                case TITLE -> action.title();
                case YOU_SAID -> action.youSaid();
                case WE_DID -> action.weDid();
                case EVIDENCE -> action.evidence();
            };
        }
    }
}
