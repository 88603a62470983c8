package chorus.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker (vnu), run in the test's own JVM: the errors it finds in a page, each as
 * ":line.column: error: message". Warnings are left out; an error is anything the HTML standard forbids.
 *
 * <p>One checker serves every page. vnu's {@code EmbeddedValidator} sets its HTML schema up again
 * for each document, which took most of the 150 to 200 ms a page cost; its command-line client
 * keeps one, as this does.
 */
public final class HtmlValidity {

    /** The schema vnu checks HTML documents against (the one {@code EmbeddedValidator} uses). */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final List<String> FOUND = new ArrayList<>();
    private static final SimpleDocumentValidator VALIDATOR = validator();

    private HtmlValidity() {
    }

    private static SimpleDocumentValidator validator() {
        // Local entities on, language detection off: Chorus pages say their language, and vnu's
        // guess at it from a few words is a warning at best.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, new SystemErrErrorHandler());
            validator.setUpValidatorAndParsers(new Collector(), false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the HTML checker could not start", e);
        }
        return validator;
    }

    /** The errors in an HTML document, none when it is valid. */
    public static synchronized List<String> errors(String html) {
        FOUND.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        try {
            VALIDATOR.checkHtmlInputSource(source);
        } catch (SAXParseException e) {
            // A fatal error stops the parse; the collector has already recorded it.
        } catch (Exception e) {
            throw new IllegalStateException("the HTML checker could not run", e);
        }
        return List.copyOf(FOUND);
    }

    private static final class Collector implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            FOUND.add(where(e) + ": error: " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            FOUND.add(where(e) + ": error (fatal): " + e.getMessage());
            throw e;
        }

        private static String where(SAXParseException e) {
            return ":" + e.getLineNumber() + "." + e.getColumnNumber();
        }
    }
}
