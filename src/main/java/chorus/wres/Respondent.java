package chorus.wres;

import chorus.survey.EthnicCategory;
import java.util.Map;

/**
 * One staff response as the WRES report needs it: its record identity for the cell key method, where
 * they work, their WRES ethnic group and their answers (question id to option value). Never leaves
 * this package.
 *
 * @param identity "s:" and the response's id, which never changes
 * @param organisationId null when the response has none
 * @param staffGroup null when not answered
 */
record Respondent(String identity, Long organisationId, Ethnicity ethnicity, String staffGroup, Map<String, String> answers) {

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
