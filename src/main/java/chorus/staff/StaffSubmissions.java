package chorus.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The last check before a staff response is stored, inside the storing transaction: the round must
 * still be open and an invitation code still unused. If storing then fails, the code stays unused.
 */
@Singleton
public class StaffSubmissions {

    private final StaffRounds rounds;
    private final InvitationCodes codes;

    StaffSubmissions(StaffRounds rounds, InvitationCodes codes) {
        this.rounds = rounds;
        this.codes = codes;
    }

    /**
     * Why nothing may be stored, if anything. No date is stored with a staff response: a date within
     * a small team's round could tell who answered when, and reports compare rounds, never days.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Refusal> claim(long roundId, String invitationHash, LocalDate today) {
        Round round = rounds.round(roundId).orElseThrow();
        if (!round.isOpenOn(today)) {
            return Optional.of(new Refusal(Refusal.Kind.CLOSED_WHILE_ANSWERING, round.name(), round.closesOn()));
        }
        if (invitationHash != null && !codes.claim(invitationHash)) {
            return Optional.of(Refusal.of(Refusal.Kind.BAD_CODE));
        }
        return Optional.empty();
    }
}
