package chorus.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The question types a survey file may use. Types with fixed answers carry them here, so every
 * survey asks them the same way and reports can compare across surveys; their labels are
 * interface text under {@code optionKeyPrefix}.
 */
public enum QuestionType {
    SINGLE_CHOICE("single_choice", null),
    MULTIPLE_CHOICE("multiple_choice", null),
    AGREEMENT("agreement", "answer.agreement.",
            "strongly_agree", "agree", "neither", "disagree", "strongly_disagree", "not_applicable"),
    FFT("fft", "answer.fft.", "very_good", "good", "neither", "poor", "very_poor", "dont_know"),
    SHORT_TEXT("short_text", null),
    LONG_TEXT("long_text", null),
    NUMBER("number", null),
    YES_NO("yes_no", "answer.", "yes", "no"),
    ETHNICITY("ethnicity", "ethnicity.", EthnicCategory.codes().toArray(String[]::new)),
    POSTCODE_DISTRICT("postcode_district", null),
    CONSENT("consent", "answer.", "consent");

    private final String fileName;
    private final String optionKeyPrefix;
    private final List<String> presetValues;

    QuestionType(String fileName, String optionKeyPrefix, String... presetValues) {
        this.fileName = fileName;
        this.optionKeyPrefix = optionKeyPrefix;
        this.presetValues = List.of(presetValues);
    }

    public String fileName() {
        return fileName;
    }

    /** Interface-text key prefix for the labels of preset answers; null when the file lists them. */
    public String optionKeyPrefix() {
        return optionKeyPrefix;
    }

    public List<String> presetValues() {
        return presetValues;
    }

    public boolean hasPresetOptions() {
        return optionKeyPrefix != null;
    }

    public boolean needsOptionsInFile() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isChoice() {
        return needsOptionsInFile() || hasPresetOptions();
    }

    public boolean isMultiple() {
        return this == MULTIPLE_CHOICE;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    public static Optional<QuestionType> fromFileName(String name) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
    }

    public static String fileNames() {
        return String.join(", ", Arrays.stream(values()).map(QuestionType::fileName).toList());
    }
}
