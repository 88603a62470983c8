package chorus.survey;

import java.util.Collection;
import java.util.Set;

/** "Show this only when question X was answered with one of these values." */
public record Condition(String questionId, Set<String> anyOf) {

    public boolean isMetBy(Collection<String> answerValues) {
        return answerValues.stream().anyMatch(anyOf::contains);
    }
}
