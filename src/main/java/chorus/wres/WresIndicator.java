package chorus.wres;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * WRES indicators 5 to 8, from the staff-experience survey's answers (question ids and option values
 * as the staff survey contract fixes them). Each says, for one respondent, whether they count in the
 * denominator and, if so, whether the event happened.
 */
enum WresIndicator {
    HARASSMENT_PUBLIC(5, "wres.indicator.harassment_public", "wres.definition.harassment_public"),
    HARASSMENT_STAFF(6, "wres.indicator.harassment_staff", "wres.definition.harassment_staff"),
    CAREER_PROGRESSION(7, "wres.indicator.career_progression", "wres.definition.career_progression"),
    DISCRIMINATION(8, "wres.indicator.discrimination", "wres.definition.discrimination");

    private static final Set<String> AT_LEAST_ONCE = Set.of("1_2", "3_5", "6_10", "more_than_10");

    private final int number;
    private final String titleKey;
    private final String definitionKey;

    WresIndicator(int number, String titleKey, String definitionKey) {
        this.number = number;
        this.titleKey = titleKey;
        this.definitionKey = definitionKey;
    }

    int number() {
        return number;
    }

    String titleKey() {
        return titleKey;
    }

    String definitionKey() {
        return definitionKey;
    }

    static Optional<WresIndicator> numbered(int number) {
        return Arrays.stream(values()).filter(i -> i.number == number).findFirst();
    }

    /**
     * Empty when the respondent is not in this indicator's denominator (did not answer, or answered
     * "Don't know" to career progression while that is left out); otherwise whether the event
     * happened (harassed, believes in equal opportunities, discriminated against).
     *
     * @param answers question id to option value
     */
    Optional<Boolean> outcome(Map<String, String> answers, boolean dontKnowInDenominator) {
        return switch (this) {
            case HARASSMENT_PUBLIC -> experienced(answers.get("harassment_public"));
            case HARASSMENT_STAFF -> {
                Optional<Boolean> manager = experienced(answers.get("harassment_manager"));
                Optional<Boolean> colleagues = experienced(answers.get("harassment_colleagues"));
                if (manager.isEmpty() && colleagues.isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(manager.orElse(false) || colleagues.orElse(false));
            }
            case CAREER_PROGRESSION -> {
                String answer = answers.get("career_progression");
                if ("yes".equals(answer) || "no".equals(answer)) {
                    yield Optional.of("yes".equals(answer));
                }
                yield "dont_know".equals(answer) && dontKnowInDenominator ? Optional.of(false) : Optional.empty();
            }
            case DISCRIMINATION -> {
                String answer = answers.get("discrimination_colleagues");
                yield "yes".equals(answer) || "no".equals(answer) ? Optional.of("yes".equals(answer)) : Optional.empty();
            }
        };
    }

    /** Harassment answers: at least once is any answer but "never"; no answer is not counted. */
    private static Optional<Boolean> experienced(String answer) {
        if ("never".equals(answer)) {
            return Optional.of(false);
        }
        return answer != null && AT_LEAST_ONCE.contains(answer) ? Optional.of(true) : Optional.empty();
    }
}
