package chorus.results;

import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a survey's kept tallies count (see V27): where each breakdown's groups come from (a column of
 * the response for language and channel, the answer to a question for the others) and which
 * questions' answers are counted, those of the results report. Its fingerprint is kept beside the
 * tallies, so a new survey version or an edited results.yml recounts the survey once.
 *
 * @param groups breakdown to the column or question its group is read from ("" for none)
 * @param counted the questions the report counts
 * @param several those of them that take several answers
 */
record TallyPlan(String surveyId, Map<Breakdown, String> groups, List<String> counted, List<String> several) {

    static TallyPlan of(Survey survey, Reading reading) {
        Map<Breakdown, String> groups = new LinkedHashMap<>();
        // Always kept, "" when the survey does not ask: the representation report counts every respondent by it.
        groups.put(Breakdown.ETHNICITY, questionOfType(survey, QuestionType.ETHNICITY).map(Question::id).orElse(""));
        questionOfType(survey, QuestionType.POSTCODE_DISTRICT).ifPresent(q -> groups.put(Breakdown.DEPRIVATION, q.id()));
        groups.put(Breakdown.LANGUAGE, "language");
        groups.put(Breakdown.CHANNEL, "channel");
        reading.grouping(Breakdown.AGE).ifPresent(g -> groups.put(Breakdown.AGE, g.question()));
        reading.grouping(Breakdown.DISABILITY).ifPresent(g -> groups.put(Breakdown.DISABILITY, g.question()));
        List<String> counted = Measures.of(survey, reading).stream().map(Measure::questionId).distinct().sorted().toList();
        List<String> several = counted.stream()
                .filter(id -> question(survey, id).map(q -> q.type() == QuestionType.MULTIPLE_CHOICE).orElse(false))
                .toList();
        return new TallyPlan(survey.id(), Map.copyOf(groups), counted, several);
    }

    /** Whether a breakdown's group is a column of the response rather than an answer. */
    static boolean byColumn(Breakdown breakdown) {
        return breakdown == Breakdown.LANGUAGE || breakdown == Breakdown.CHANNEL;
    }

    /** The same for the same plan on every instance and run; 64 hex digits. */
    String fingerprint() {
        StringBuilder text = new StringBuilder("1");
        for (Breakdown breakdown : Breakdown.values()) {
            text.append('|').append(breakdown.name()).append('=').append(groups.getOrDefault(breakdown, ""));
        }
        text.append("|counted=").append(String.join(",", counted)).append("|several=").append(String.join(",", several));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Question> questionOfType(Survey survey, QuestionType type) {
        return survey.pages().stream().flatMap(p -> p.questions().stream()).filter(q -> q.type() == type).findFirst();
    }

    static Optional<Question> question(Survey survey, String id) {
        return survey.pages().stream().flatMap(p -> p.questions().stream()).filter(q -> q.id().equals(id)).findFirst();
    }
}
