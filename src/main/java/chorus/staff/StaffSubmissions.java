package chorus.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The last check before a staff response is stored, inside the storing transaction: the round must
 * still be open and an invitation code still unused. If storing then fails, the code stays unused.
 */
@Singleton
public class StaffSubmissions {

    /** The date to store as the submission date, or why nothing may be stored. */
    public record Outcome(LocalDate submittedOn, Refusal refusal) {
    }

    private final StaffRounds rounds;
    private final InvitationCodes codes;

    StaffSubmissions(StaffRounds rounds, InvitationCodes codes) {
        this.rounds = rounds;
        this.codes = codes;
    }

    /**
     * The stored date is the round's opening day, not the day of answering: a date within a small
     * team's round could tell who answered when, and reports compare rounds, never days.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome claim(long roundId, String invitationHash, LocalDate today) {
        Round round = rounds.round(roundId).orElseThrow();
        if (!round.isOpenOn(today)) {
            return new Outcome(null, new Refusal(Refusal.Kind.CLOSED_WHILE_ANSWERING, round.name(), round.closesOn()));
        }
        if (invitationHash != null && !codes.claim(invitationHash)) {
            return new Outcome(null, Refusal.of(Refusal.Kind.BAD_CODE));
        }
        return new Outcome(round.opensOn(), null);
    }
}
