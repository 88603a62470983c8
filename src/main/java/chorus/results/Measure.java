package chorus.results;

import java.util.Set;

/**
 * One share the results report publishes for a closed question: of the people who answered it (less
 * the answers in {@code excluded}, such as "not applicable"), those who gave one of {@code counted}.
 *
 * @param option the option this share is of, for a choice question without positive answers; null
 *     for the share of positive answers
 */
record Measure(String questionId, String option, Set<String> counted, Set<String> excluded, boolean headline) {

    /** Unique on the page and in CSV addresses. */
    String id() {
        return option == null ? questionId : questionId + "--" + option;
    }
}
