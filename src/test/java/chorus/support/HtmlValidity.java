package chorus.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/**
 * The Nu HTML checker (vnu), run in the test's own JVM: the errors it finds in a page, each as
 * "line.column: message". Warnings are left out; an error is anything the HTML standard forbids.
 */
public final class HtmlValidity {

    private static final EmbeddedValidator VALIDATOR = validator();

    private HtmlValidity() {
    }

    private static EmbeddedValidator validator() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        // Chorus pages say their language; vnu's guess at it from a few words is a warning at best.
        validator.setNoLangDetect(true);
        return validator;
    }

    /** The errors in an HTML document, none when it is valid. */
    public static synchronized List<String> errors(String html) {
        String report;
        try {
            report = VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("the HTML checker could not run", e);
        }
        // GNU format: one message a line, "<source>":line.col-line.col: error: message
        return report.lines().filter(line -> line.contains(": error: ") || line.contains(": error (fatal): "))
                .map(line -> line.replaceFirst("^\"[^\"]*\":", "")).toList();
    }
}
