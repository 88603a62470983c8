package chorus.survey;

import java.util.List;

/**
 * One question of a published survey version. Text fields hold the English source; translations
 * are looked up by the keys {@link SurveyKeys} builds from the ids.
 */
public record Question(
        String id,
        QuestionType type,
        String label,
        String hint,
        boolean required,
        List<Option> options,
        Integer maxLength,
        Integer min,
        Integer max,
        Condition showIf,
        int line) {

    public static final int DEFAULT_SHORT_TEXT_LENGTH = 200;
    public static final int DEFAULT_LONG_TEXT_LENGTH = 2000;
    public static final int SELF_DESCRIPTION_LENGTH = 100;

    /** Every value a person may choose, in display order. */
    public List<String> optionValues() {
        return type.hasPresetOptions() ? type.presetValues() : options.stream().map(Option::value).toList();
    }

    public int textLimit() {
        if (maxLength != null) {
            return maxLength;
        }
        return type == QuestionType.LONG_TEXT ? DEFAULT_LONG_TEXT_LENGTH : DEFAULT_SHORT_TEXT_LENGTH;
    }
}
