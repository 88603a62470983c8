package chorus.staff;

import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Organisations and survey rounds, as administrators set them up. */
@Singleton
public class StaffRounds {

    private final OrganisationRepository organisations;
    private final RoundRepository rounds;

    StaffRounds(OrganisationRepository organisations, RoundRepository rounds) {
        this.organisations = organisations;
        this.rounds = rounds;
    }

    @Transactional
    public List<Organisation> organisations() {
        return organisations.findAll(Sort.of(Sort.Order.asc("name"), Sort.Order.asc("code")));
    }

    public Optional<Organisation> organisation(String code) {
        return code == null ? Optional.empty()
                : organisations().stream().filter(o -> o.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public Optional<Organisation> organisation(long id) {
        return organisations.findById(id);
    }

    @Transactional
    public void addOrganisation(String code, String name) {
        organisations.save(new Organisation(null, code, name));
    }

    /** Every round of every staff survey, newest first. */
    @Transactional
    public List<Round> rounds() {
        return rounds.findAll(Sort.of(Sort.Order.desc("opensOn"), Sort.Order.desc("id")));
    }

    public Optional<Round> round(long id) {
        return rounds.findById(id);
    }

    public List<Round> rounds(String surveyId) {
        return rounds().stream().filter(r -> r.surveyId().equals(surveyId)).toList();
    }

    /** The round of a survey that overlaps the given dates, if any: rounds of one survey must not overlap. */
    public Optional<Round> overlapping(String surveyId, LocalDate opensOn, LocalDate closesOn) {
        return rounds(surveyId).stream()
                .filter(r -> !r.opensOn().isAfter(closesOn) && !opensOn.isAfter(r.closesOn()))
                .findFirst();
    }

    @Transactional
    public void addRound(String surveyId, String name, LocalDate opensOn, LocalDate closesOn, boolean codesRequired) {
        rounds.save(new Round(null, surveyId, name, opensOn, closesOn, codesRequired));
    }

    /** The round open today, or why none is: the next one to open, else the last one to close. */
    public Admission.RoundState state(String surveyId, LocalDate today) {
        List<Round> rounds = rounds(surveyId);
        Optional<Round> open = rounds.stream().filter(r -> r.isOpenOn(today)).findFirst();
        if (open.isPresent()) {
            return new Admission.RoundState(open.get(), null);
        }
        Optional<Round> next = rounds.stream().filter(r -> r.opensOn().isAfter(today))
                .min(java.util.Comparator.comparing(Round::opensOn));
        if (next.isPresent()) {
            return new Admission.RoundState(null, new Refusal(Refusal.Kind.NOT_YET, next.get().name(), next.get().opensOn()));
        }
        return rounds.stream().filter(r -> r.closesOn().isBefore(today)).max(java.util.Comparator.comparing(Round::closesOn))
                .map(r -> new Admission.RoundState(null, new Refusal(Refusal.Kind.CLOSED, r.name(), r.closesOn())))
                .orElseGet(() -> new Admission.RoundState(null, Refusal.of(Refusal.Kind.NO_ROUND)));
    }

    /** Submissions per round and organisation: only counts, never answers. */
    @Transactional
    public List<RoundRepository.SubmissionCount> submissionCounts() {
        return rounds.submissionCounts();
    }
}
