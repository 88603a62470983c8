package chorus.wres;

import chorus.disclosure.Count;
import chorus.survey.EthnicCategory;
import java.util.Map;

/**
 * Staff of one round who gave the same answers to the WRES questions, as the WRES report needs them:
 * how many and their record keys, where they work, their WRES ethnic group and their answers
 * (question id to option value). A round's responses are read grouped this way, so the report works
 * on one of these per distinct profile rather than one per answer. Never leaves this package.
 *
 * @param people the staff, counted with their keys for the cell key method
 * @param organisationId null when the response has none
 * @param staffGroup null when not answered
 */
record Respondent(Count people, Long organisationId, Ethnicity ethnicity, String staffGroup, Map<String, String> answers) {

    /** WRES groups: White (A, B, C), BME (every other valid code), unknown (Z or no answer). */
    enum Ethnicity {
        WHITE, BME, UNKNOWN;

        static Ethnicity of(String code) {
            return EthnicCategory.fromCode(code).map(c -> switch (c.group()) {
                case WHITE -> WHITE;
                case NOT_STATED -> UNKNOWN;
                default -> BME;
            }).orElse(UNKNOWN);
        }
    }
}
