package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.survey.SurveyDefinitionException;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationCoverageTest {

    @TempDir
    Path home;

    @Test
    void everyShippedLanguageIsCompleteForTheInterfaceAndEverySurvey() {
        TranslationCoverage coverage = TranslationCoverage.ofFiles(Path.of("surveys"), Path.of("translations"));
        // The report names each missing, unused or changed key: it is the message to read when this fails.
        assertTrue(coverage.complete(), coverage.report());
        assertTrue(coverage.languages().size() >= 5, coverage.report());
        coverage.languages().forEach(l -> assertTrue(l.files().stream().anyMatch(f -> f.title().startsWith("Survey")),
                l.language().tag() + " is compared with no survey"));
    }

    @Test
    void listsMissingUnusedAndChangedPlaceholderKeysPerLanguage() throws IOException {
        writeSmallProject();
        write("translations/ui/pl.yml", """
                app.name: Chorus
                survey.page_of: "Strona {strona} z {pages}"
                survey.old_key: "Stary tekst"
                """);
        write("translations/surveys/small/pl.yml", """
                title: "Ankieta"
                pages.one.title: "Pierwsza"
                questions.q.label: "Pytanie"
                questions.q.options.b: "B"
                """);

        TranslationCoverage coverage = coverage();

        assertFalse(coverage.complete());
        TranslationCoverage.FileCoverage ui = file(coverage, "translations/ui/pl.yml");
        assertEquals(Map.of("error.too_long", "Your answer must be {max} characters or fewer"), ui.missing());
        assertEquals(java.util.List.of("survey.old_key"), ui.unused());
        assertEquals("survey.page_of", ui.placeholders().get(0).key());
        TranslationCoverage.FileCoverage survey = file(coverage, "translations/surveys/small/pl.yml");
        assertEquals(java.util.List.of("questions.q.options.a"), java.util.List.copyOf(survey.missing().keySet()));
        String report = coverage.report();
        assertTrue(report.contains("Polski (pl)"), report);
        assertTrue(report.contains("missing: error.too_long (English: \"Your answer must be {max} characters or fewer\")"), report);
        assertTrue(report.contains("unused, no longer in English: survey.old_key"), report);
        assertTrue(report.contains("placeholders differ: survey.page_of (English has {page} {pages}, this has {pages} {strona})"), report);
        assertTrue(report.contains("missing: questions.q.options.a (English: \"Answer A\")"), report);
        assertTrue(report.endsWith("Total: 2 missing, 6 stale, 1 unused, 1 with different placeholders, 0 problems in files"
                + " (1 languages, 2 files checked)\n"), report);
    }

    @Test
    void aSurveyWithoutAFileInALanguageIsOfferedInEnglishOnlyAndDoesNotCountAsMissing() throws IOException {
        writeSmallProject();
        write("translations/ui/pl.yml", """
                app.name: Chorus
                survey.page_of: "Strona {page} z {pages}"
                error.too_long: "Odpowiedź może mieć najwyżej {max} znaków"
                """);
        recordSources();

        TranslationCoverage coverage = coverage();

        assertTrue(coverage.complete(), coverage.report());
        assertTrue(coverage.report().contains("Survey small (translations/surveys/small/pl.yml): not translated, so offered in English only"),
                coverage.report());
    }

    @Test
    void problemsInTheFilesAreReportedAndMakeTheReportFail() throws IOException {
        writeSmallProject();
        write("translations/ui/pl.yml", "app.name: [not, text]\n");

        TranslationCoverage coverage = coverage();

        assertFalse(coverage.complete());
        assertTrue(coverage.report().contains("translations/ui/pl.yml, line 1: expected key: \"text\" on one line"), coverage.report());
    }

    @Test
    void theCommandReadsTheShippedFilesWithoutADatabaseAndExitsZeroWhenComplete() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = TranslationCoverage.command(new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, report);
        assertTrue(report.contains("Polski (pl)"), report);
        assertTrue(report.contains("Total: 0 missing, 0 stale, 0 unused, 0 with different placeholders, 0 problems in files"), report);
    }

    @Test
    void startUpRefusesATranslationThatLostAPlaceholder() throws IOException {
        Path translations = home.resolve("translations");
        copy(Path.of("translations"), translations);
        Path polish = translations.resolve("ui/pl.yml");
        Files.writeString(polish, Files.readString(polish).replaceAll("(?m)^survey\\.page_of: .*$", "survey.page_of: \"Strona {page}\""));

        Throwable thrown = assertThrows(Throwable.class, () -> ApplicationContext.run(
                Map.of("chorus.translations-dir", translations.toString()), "test").close());

        SurveyDefinitionException problem = assertInstanceOf(SurveyDefinitionException.class, rootCause(thrown));
        assertEquals(java.util.List.of("translations/ui/pl.yml: the text of \"survey.page_of\" must keep the placeholders"
                + " {page} {pages} exactly; it has {page}"), problem.problems());
    }

    @Test
    void aTranslationIsStaleWhenItsEnglishChangesOrWasNeverRecorded() throws IOException {
        writeSmallProject();
        write("translations/ui/pl.yml", """
                app.name: Chorus
                survey.page_of: "Strona {page} z {pages}"
                error.too_long: "Odpowiedź może mieć najwyżej {max} znaków"
                """);
        recordSources();
        assertTrue(coverage().complete(), coverage().report());
        Path english = home.resolve("translations/ui/en.yml");
        Files.writeString(english, Files.readString(english).replace("Page {page} of {pages}", "Step {page} of {pages}"));
        write("translations/ui/pl.yml", Files.readString(home.resolve("translations/ui/pl.yml")) + "survey.extra: \"Nowy\"\n");
        write("translations/ui/en.yml", Files.readString(english) + "survey.extra: New\n");

        TranslationCoverage coverage = coverage();

        assertFalse(coverage.complete());
        TranslationCoverage.FileCoverage ui = file(coverage, "translations/ui/pl.yml");
        assertEquals(java.util.List.of("survey.page_of", "survey.extra"), java.util.List.copyOf(ui.stale().keySet()));
        assertTrue(coverage.report().contains("stale, English changed since it was translated (or no record of it): survey.page_of"
                + " (English now: \"Step {page} of {pages}\"; fingerprint " + SourceFingerprints.of("Step {page} of {pages}") + ")"),
                coverage.report());
        assertTrue(coverage.report().contains("Total: 0 missing, 2 stale, 0 unused"), coverage.report());
    }

    private void recordSources() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, XliffCommand.run(java.util.List.of("record-sources"), home.resolve("surveys"), home.resolve("translations"),
                new PrintStream(out, true, StandardCharsets.UTF_8)), out.toString(StandardCharsets.UTF_8));
    }

    private void writeSmallProject() throws IOException {
        write("surveys/small/v1.yml", """
                id: small
                version: 1
                audience: service-users
                title: A small survey
                pages:
                  - id: one
                    title: First
                    questions:
                      - id: q
                        type: single_choice
                        label: A question
                        options:
                          - value: a
                            label: Answer A
                          - value: b
                            label: Answer B
                """);
        write("translations/languages.yml", """
                - tag: en
                  name: English
                - tag: pl
                  name: Polski
                """);
        write("translations/ui/en.yml", """
                app.name: Chorus
                survey.page_of: Page {page} of {pages}
                error.too_long: Your answer must be {max} characters or fewer
                """);
    }

    @Test
    void anEasyReadVariantNeedsNoInterfaceFileAndItsPicturesAreChecked() throws IOException {
        writeSmallProject();
        write("translations/languages.yml", """
                - tag: en
                  name: English
                - tag: en-x-easy
                  name: English – easy read
                  variant_of: en
                """);
        write("translations/surveys/small/en-x-easy.yml", """
                title: "A survey"
                pages.one.title: "First"
                questions.q.label: "A question"
                questions.q.options.a: "A"
                questions.q.options.b: "B"
                questions.q.picture: missing.svg
                questions.q.picture_alt: "A picture"
                """);

        TranslationCoverage coverage = coverage();
        assertFalse(coverage.complete());
        assertTrue(coverage.problems().stream().anyMatch(p -> p.contains("surveys/small/pictures/missing.svg does not exist")),
                coverage.report());
        assertFalse(file(coverage, "translations/ui/en-x-easy.yml").exists(), "easy read may use the English interface");
        TranslationCoverage.FileCoverage easy = file(coverage, "translations/surveys/small/en-x-easy.yml");
        assertTrue(easy.missing().isEmpty() && easy.unused().isEmpty(),
                "picture keys are not survey text, so not unused: " + coverage.report());

        write("surveys/small/pictures/missing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertTrue(coverage().problems().stream().anyMatch(p -> p.contains("must be a plain SVG drawing")), coverage().report());

        write("surveys/small/pictures/missing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>");
        assertEquals(java.util.List.of(), coverage().problems(), coverage().report());
    }

    private TranslationCoverage coverage() {
        return TranslationCoverage.ofFiles(home.resolve("surveys"), home.resolve("translations"));
    }

    private static TranslationCoverage.FileCoverage file(TranslationCoverage coverage, String name) {
        return coverage.languages().stream().flatMap(l -> l.files().stream()).filter(f -> f.file().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no coverage for " + name));
    }

    private void write(String file, String text) throws IOException {
        Path path = home.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
