package chorus.survey;

import java.util.List;

/** A survey or translation file that Chorus refuses to start with; the message names file and line. */
public class SurveyDefinitionException extends RuntimeException {

    private final List<String> problems;

    public SurveyDefinitionException(List<String> problems) {
        super("Chorus cannot start because of problems in its survey or translation files:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
