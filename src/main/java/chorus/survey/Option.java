package chorus.survey;

/** An answer listed in the survey file; label is the English source text. */
public record Option(String value, String label) {
}
