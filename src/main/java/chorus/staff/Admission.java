package chorus.staff;

/**
 * Whether a person may start the staff survey and, if so, the round and organisation their answers
 * will count for and the hash of the invitation code they used (null with an open link).
 */
public record Admission(Long roundId, Long organisationId, String invitationHash, Refusal refusal) {

    /** The round open today, or (when {@code open} is null) why none is. */
    public record RoundState(Round open, Refusal refusal) {
    }

    static Admission refused(Refusal refusal) {
        return new Admission(null, null, null, refusal);
    }

    public boolean refused() {
        return refusal != null;
    }
}
