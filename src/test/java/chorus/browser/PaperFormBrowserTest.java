package chorus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Language;
import chorus.i18n.SurveyTexts;
import chorus.i18n.Translations;
import chorus.support.Browser;
import chorus.support.SurveyRun;
import chorus.survey.Question;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The paper form in a real browser: accessible on screen (axe, 320 px), and printed to PDF by
 * Chromium, whose text (read back with poppler's pdftotext) holds every question on two pages or more.
 */
@MicronautTest(transactional = false)
class PaperFormBrowserTest extends BrowserTest {

    static final String PDFTOTEXT = "/usr/bin/pdftotext";


    @Inject
    EmbeddedServer server;
    @Inject
    SurveyCatalog catalog;
    @Inject
    Translations translations;

    @Test
    void thePaperFormIsAccessibleOnScreen() {
        for (String tag : List.of("en", "en-x-easy", "ar")) {
            open("/paper?lang=" + tag);
            assertEquals(tag, browser.find("html").getDomAttribute("lang"));
            browser.assertAccessible("paper form [" + tag + "]");
        }
        open("/paper?lang=en&size=large");
        browser.assertAccessible("paper form, large print [en]");
    }

    @Test
    void arabicPrintsEveryQuestionOnA4() throws IOException, InterruptedException {
        printed("ar", "/paper?lang=ar");
    }

    @Test
    void englishLargePrintPrintsEveryQuestionOnA4() throws IOException, InterruptedException {
        printed("en", "/paper?lang=en&size=large");
    }

    private void printed(String tag, String path) throws IOException, InterruptedException {
        requirePdfToText();
        open(path);
        Map<String, Object> result = ((HasCdp) browser.driver()).executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", true, "preferCSSPageSize", true));
        byte[] pdf = Base64.getDecoder().decode((String) result.get("data"));
        Path dir = Files.createTempDirectory("chorus-paper-");
        try {
            Path file = dir.resolve("form.pdf");
            Files.write(file, pdf);
            String text = pdfToText(file);
            int pages = text.split("\f", -1).length - 1;
            assertTrue(pages >= 2, tag + ": " + pages + " printed page(s)");
            Survey survey = catalog.latest(SurveyRun.SURVEY).orElseThrow();
            Language language = translations.language(tag).orElseThrow();
            SurveyTexts texts = translations.surveyTexts(survey, language);
            String flat = normalise(text);
            List<String> missing = new ArrayList<>();
            for (Question q : survey.questions().toList()) {
                String label = texts.label(q).value();
                if (!flat.contains(normalise(label))) {
                    missing.add(label);
                }
            }
            assertTrue(missing.isEmpty(), tag + ": question labels missing from the PDF text: " + missing + "\n" + text);
            String code = SurveyRun.SURVEY + " v" + survey.version();
            long pagesWithCode = Stream.of(text.split("\f")).filter(p -> p.contains(code)).count();
            assertEquals(pages, pagesWithCode, tag + ": the form code is on every printed page");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * Line breaks, spacing and, in right-to-left lines, the place of punctuation next to numbers
     * and brackets differ between the page and the PDF's text, so only letters and digits are
     * compared. pdftotext may also give Arabic presentation forms and gives the lam-alef ligature
     * back as alef-lam: both sides are folded the same way (NFKC, letters and digits only, no
     * vowel marks, every lam-alef pair as alef-lam).
     */
    static String normalise(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("[\\p{Mn}\\p{Cf}\\u0640]", "");
        // Before spaces go: a ligature never spans two words, but a lam ending one word may meet an alef starting the next.
        return folded.replaceAll("\u0644([\u0627\u0623\u0625\u0622\u0649])", "$1\u0644").replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static String pdfToText(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PDFTOTEXT, "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        Assertions.assertTrue(process.waitFor(30, TimeUnit.SECONDS), "pdftotext did not finish");
        Assertions.assertEquals(0, process.exitValue(), () -> "pdftotext failed: " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }

    static void requirePdfToText() {
        if (Files.isExecutable(Path.of(PDFTOTEXT))) {
            return;
        }
        String message = "The printed-form check needs " + PDFTOTEXT + " (Debian: apt-get install poppler-utils).";
        if ("true".equalsIgnoreCase(System.getenv(Browser.REQUIRE_ENV))) {
            Assertions.fail(message + " " + Browser.REQUIRE_ENV + "=true, so it may not be skipped.");
        }
        Assumptions.abort(message + " Skipping it; set " + Browser.REQUIRE_ENV + "=true to make this a failure.");
    }

    private void open(String path) {
        browser.open(server.getURI().resolve(SurveyRun.BASE + path));
    }
}
