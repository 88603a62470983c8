package chorus.staff;

import java.time.LocalDate;

/**
 * Why a person cannot answer the staff survey now. {@code round} and {@code date} say which round
 * closed or opens when, where that applies.
 */
public record Refusal(Kind kind, String round, LocalDate date) {

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
        CLOSED_WHILE_ANSWERING("staff.refused.closed_while_answering.title", "staff.refused.closed_while_answering.body");

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
}
