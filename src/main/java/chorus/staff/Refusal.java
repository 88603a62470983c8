package chorus.staff;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Why a person cannot answer the staff survey now. {@code round} and {@code date} say which round
 * closed or opens when, where that applies; {@code retryAfter} how long someone typing too many wrong
 * codes must wait.
 */
public record Refusal(Kind kind, String round, LocalDate date, Duration retryAfter) {

    public Refusal(Kind kind, String round, LocalDate date) {
        this(kind, round, date, null);
    }

    public enum Kind {
        /** The last round has closed and no other is open. */
        CLOSED("staff.refused.closed.title", "staff.refused.closed.body"),
        /** The next round has not opened yet. */
        NOT_YET("staff.refused.not_yet.title", "staff.refused.not_yet.body"),
        /** No round of this survey has ever been set up. */
        NO_ROUND("staff.refused.no_round.title", "staff.refused.no_round.body"),
        /** The open link lacks a known organisation. */
        NO_ORGANISATION("staff.refused.no_organisation.title", "staff.refused.no_organisation.body"),
        /** An invitation code that is unknown, already used or from another round: deliberately one message. */
        BAD_CODE("staff.refused.bad_code.title", "staff.refused.bad_code.body"),
        /** The round closed between starting and submitting: the answers were not stored. */
        CLOSED_WHILE_ANSWERING("staff.refused.closed_while_answering.title", "staff.refused.closed_while_answering.body"),
        /** Too many unusable codes from this connection: a wait before the next is even looked up. */
        TOO_MANY_CODES("staff.refused.too_many_codes.title", "staff.refused.too_many_codes.body");

        private final String titleKey;
        private final String bodyKey;

        Kind(String titleKey, String bodyKey) {
            this.titleKey = titleKey;
            this.bodyKey = bodyKey;
        }

        public String titleKey() {
            return titleKey;
        }

        public String bodyKey() {
            return bodyKey;
        }
    }

    static Refusal of(Kind kind) {
        return new Refusal(kind, null, null);
    }

    static Refusal tooManyCodes(Duration retryAfter) {
        return new Refusal(Kind.TOO_MANY_CODES, null, null, retryAfter);
    }
}
