package chorus.results;

import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shares the results report publishes for a survey, from its newest version and its reading.
 *
 * <ul>
 *   <li>Agreement: agree or strongly agree, of those who did not answer "not applicable" (as the
 *       CQC maternity survey counts).</li>
 *   <li>Friends and Family Test: very good or good, of every answer, "don't know" included (as NHS
 *       England publishes the FFT).</li>
 *   <li>Yes or no: "yes", unless the reading says that "no" is the positive answer (to "were you
 *       asked to use a family member to interpret?", for one).</li>
 *   <li>Single and multiple choice: the positive answers the reading gives, or else one share per
 *       option.</li>
 * </ul>
 * Answers the reading leaves out ("I did not need support") count neither way.
 * Questions that divide respondents (ethnicity, postcode, age band, disability) are breakdowns, not
 * results; text, number and consent questions have nothing to count.
 */
final class Measures {

    private static final Set<String> AGREE = Set.of("strongly_agree", "agree");
    private static final Set<String> FFT_POSITIVE = Set.of("very_good", "good");

    private Measures() {
    }

    /** Headline measures first, in the reading's order; then the rest in the order of the survey. */
    static List<Measure> of(Survey survey, Reading reading) {
        List<Measure> all = new ArrayList<>();
        List<Question> questions = survey.pages().stream().flatMap(p -> p.questions().stream())
                .filter(q -> kind(q) != null && !reading.groupingQuestions().contains(q.id())).toList();
        for (String id : reading.headline()) {
            questions.stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(q -> all.addAll(of(q, reading, true)));
        }
        for (Question question : questions) {
            if (!reading.headline().contains(question.id())) {
                all.addAll(of(question, reading, false));
            }
        }
        return List.copyOf(all);
    }

    private static List<Measure> of(Question question, Reading reading, boolean headline) {
        Set<String> positive = reading.positive().get(question.id());
        Set<String> leftOut = reading.leftOut().getOrDefault(question.id(), Set.of());
        return switch (kind(question)) {
            case AGREEMENT -> List.of(new Measure(question.id(), null, positive == null ? AGREE : positive,
                    union(leftOut, Set.of("not_applicable")), headline));
            case FFT -> List.of(new Measure(question.id(), null, positive == null ? FFT_POSITIVE : positive, leftOut, headline));
            case YES_NO -> List.of(new Measure(question.id(), null, positive == null ? Set.of("yes") : positive, leftOut,
                    headline));
            default -> positive != null ? List.of(new Measure(question.id(), null, positive, leftOut, headline))
                    : question.optionValues().stream().filter(o -> !leftOut.contains(o))
                    .map(o -> new Measure(question.id(), o, Set.of(o), leftOut, headline)).toList();
        };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    /** The type of a question whose answers can be counted as shares; null for any other. */
    static QuestionType kind(Question question) {
        return switch (question.type()) {
            case AGREEMENT, FFT, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE -> question.type();
            default -> null;
        };
    }
}
