package chorus.dataentry;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a paper form showed instead of an answer, recorded as such and never guessed: a question left
 * blank, or more than one box ticked where one was asked for. Stored in answer_mark, not as answer
 * rows, so no report can count it as an answer.
 */
public enum AnswerMark {
    NOT_ANSWERED("__not_answered", "(not answered)"),
    MULTIPLE("__multiple", "(more than one ticked)");

    private final String formValue;
    private final String words;

    AnswerMark(String formValue, String words) {
        this.formValue = formValue;
        this.words = words;
    }

    /** The value the keying page sends for it; no survey option may start with underscores. */
    public String formValue() {
        return formValue;
    }

    /** How exports and correction records show it (English, like the rest of the CSV). */
    public String words() {
        return words;
    }

    public static Optional<AnswerMark> ofFormValue(String value) {
        return Arrays.stream(values()).filter(m -> m.formValue.equals(value)).findFirst();
    }
}
