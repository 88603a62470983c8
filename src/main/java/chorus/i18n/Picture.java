package chorus.i18n;

/**
 * A picture beside a question, as an easy-read survey file names it: the SVG from the survey's
 * {@code pictures/} folder, shown inline (no extra request, nothing for the content security
 * policy to allow), and the words a screen reader says instead.
 */
public record Picture(String file, String svg, Text alt) {
}
