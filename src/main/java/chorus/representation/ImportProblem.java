package chorus.representation;

import java.util.Map;

/** Why an imported file was refused: the line it is on (1 is the header) and the interface text saying what is wrong. */
public record ImportProblem(int row, String key, Map<String, Object> args) {
}
