package chorus.theme;

import chorus.survey.QuestionType;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The questions whose answers divide the people behind what was said: ethnic group and postcode
 * district, in every version of every survey of one audience. Read once: surveys change only when
 * Chorus starts with new files.
 */
@Singleton
class SaidQuestions {

    private final List<String> ethnicity;
    private final List<String> staffEthnicity;
    private final List<String> districts;

    SaidQuestions(SurveyCatalog surveys) {
        this.ethnicity = ofType(surveys, QuestionType.ETHNICITY, false);
        this.staffEthnicity = ofType(surveys, QuestionType.ETHNICITY, true);
        this.districts = ofType(surveys, QuestionType.POSTCODE_DISTRICT, false);
    }

    /** The ethnic group questions of staff or of service-user surveys; "-", matching no answer, if none. */
    List<String> ethnicity(boolean staff) {
        return staff ? staffEthnicity : ethnicity;
    }

    /** The postcode district questions of service-user surveys; "-" if none. */
    List<String> districts() {
        return districts;
    }

    /** What the kept counts were made with: a change recounts them (see V28). */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("1|" + String.join(",", ethnicity) + "|"
                    + String.join(",", districts)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ofType(SurveyCatalog surveys, QuestionType type, boolean staff) {
        Set<String> ids = new TreeSet<>();
        for (Survey latest : surveys.latestOfEach()) {
            for (Survey survey : surveys.versionsOf(latest.id())) {
                if (survey.forStaff() == staff) {
                    survey.questions().filter(q -> q.type() == type).forEach(q -> ids.add(q.id()));
                }
            }
        }
        return ids.isEmpty() ? List.of("-") : List.copyOf(ids);
    }
}
