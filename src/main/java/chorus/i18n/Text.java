package chorus.i18n;

/**
 * A piece of text and, when it is not in the page's language (a missing translation fell back to
 * English), the language it is in, so the element can carry lang="en" and screen readers switch voice.
 */
public record Text(String value, String lang) {

    public static Text of(String value) {
        return new Text(value, null);
    }

    @Override
    public String toString() {
        return value;
    }
}
