package chorus.answer;

import java.util.Map;

/** A problem with one answer: the interface-text key of the message and its placeholder values. */
public record FieldError(String questionId, String messageKey, Map<String, Object> args) {
}
