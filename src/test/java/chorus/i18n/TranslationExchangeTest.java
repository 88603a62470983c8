package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.survey.Survey;
import chorus.survey.SurveyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translator's round trip on a copy of the shipped files: export, import back, stale flags
 * when the English changes, and every refusal leaving the files exactly as they were.
 */
class TranslationExchangeTest {

    private static final String CARE_STAGE = "questions.care_stage.label";

    @TempDir
    Path home;
    private Translations translations;
    private TranslationExchange exchange;

    @BeforeEach
    void copyTheShippedFiles() throws IOException {
        copy(Path.of("surveys"), home.resolve("surveys"));
        copy(Path.of("translations"), home.resolve("translations"));
        load();
    }

    @Test
    void importingAnUnchangedExportOfEveryFileChangesNoByte() throws IOException {
        Map<String, byte[]> before = snapshot();
        for (Language language : translations.languages()) {
            if (language.tag().equals(Language.SOURCE)) {
                continue;
            }
            for (TranslationTarget target : List.of(new TranslationTarget(null, language), new TranslationTarget(survey(), language))) {
                TranslationExchange.Outcome outcome = exchange.importFile(target, exchange.export(target));
                assertEquals(List.of(), outcome.problems(), target.original());
                assertEquals(0, outcome.changed(), target.original());
                assertEquals(0, outcome.confirmed(), target.original());
            }
        }
        assertSame(before, snapshot());
    }

    @Test
    void theExportCarriesEnglishTranslationStateAndWhereEachStringAppears() {
        String xliff = export(new TranslationTarget(survey(), language("pl")));

        assertTrue(xliff.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xliff);
        assertTrue(xliff.contains("<file original=\"translations/surveys/maternity-experience/pl.yml\" source-language=\"en\""
                + " target-language=\"pl\""), xliff);
        assertTrue(xliff.contains("<trans-unit id=\"questions.care_stage.label\">\n"
                + "        <source xml:lang=\"en\">Which of these best describes you?</source>\n"
                + "        <target xml:lang=\"pl\" state=\"translated\">Co najlepiej opisuje Pani/Pana sytuację?</target>\n"
                + "        <note>Survey 'Tell us about your maternity care', page 'Before you start', question 2 label</note>"), xliff);
        String ui = export(new TranslationTarget(null, language("pl")));
        assertTrue(ui.contains("<source xml:lang=\"en\">If you stop, your answers are kept on this device for"
                + " {hours, plural, one {# hour} other {# hours}}"), ui);
        assertTrue(ui.contains("Keep the placeholders {hours} exactly as written"), ui);
        assertTrue(ui.contains("give your language's forms (zero, one, two, few, many, other)"), ui);
        assertTrue(ui.contains("<note>Interface text, disclosure: fewer than (Reports: a hidden figure."), ui);
    }

    @Test
    void aMissingTranslationIsExportedEmptyAndAnImportedOneIsWrittenInEnglishOrderWithItsSource() throws IOException {
        Path polish = home.resolve("translations/surveys/maternity-experience/pl.yml");
        String original = Files.readString(polish);
        Files.writeString(polish, original.replaceAll("(?m)^questions\\.care_stage\\.label: .*\\n", ""));
        load();
        TranslationTarget target = new TranslationTarget(survey(), language("pl"));
        String xliff = export(target);
        assertTrue(xliff.contains("<target xml:lang=\"pl\" state=\"needs-translation\"></target>"), xliff);

        TranslationExchange.Outcome outcome = exchange.importFile(target, bytes(xliff.replace(
                "<target xml:lang=\"pl\" state=\"needs-translation\"></target>",
                "<target xml:lang=\"pl\" state=\"translated\">Co najlepiej opisuje Pani/Pana sytuację?</target>")));

        assertEquals(List.of(), outcome.problems());
        assertEquals(1, outcome.changed());
        assertEquals(original, Files.readString(polish), "the line is back where it was, after the key before it in English");
        assertEquals("Co najlepiej opisuje Pani/Pana sytuację?", translations.surveyTexts("maternity-experience", "pl").get(CARE_STAGE),
                "the running texts were reloaded");
    }

    @Test
    void whenTheEnglishChangesTheTranslationIsStaleUntilANewTranslationIsImported() throws IOException {
        changeEnglish("Which of these best describes you?", "Which of these describes you best?");

        TranslationCoverage coverage = TranslationCoverage.ofFiles(home.resolve("surveys"), home.resolve("translations"));
        assertFalse(coverage.complete());
        for (TranslationCoverage.LanguageCoverage l : coverage.languages()) {
            assertEquals(List.of(CARE_STAGE), List.copyOf(l.files().stream().filter(f -> f.file().contains("/maternity-experience/")).findFirst().orElseThrow().stale().keySet()), l.language().tag());
        }
        assertTrue(coverage.report().contains("stale, English changed since it was translated (or no record of it): " + CARE_STAGE),
                coverage.report());
        TranslationTarget target = new TranslationTarget(survey(), language("pl"));
        String xliff = export(target);
        assertTrue(xliff.contains("<source xml:lang=\"en\">Which of these describes you best?</source>\n"
                + "        <target xml:lang=\"pl\" state=\"needs-review-translation\">Co najlepiej opisuje Pani/Pana sytuację?</target>"), xliff);
        Map<String, byte[]> before = snapshot();
        assertEquals(0, exchange.importFile(target, bytes(xliff)).changed(), "a unit left as needing review is not confirmed");
        assertSame(before, snapshot());

        Path polish = home.resolve("translations/surveys/maternity-experience/pl.yml");
        String polishBefore = Files.readString(polish);
        TranslationExchange.Outcome outcome = exchange.importFile(target, bytes(xliff.replace(
                "state=\"needs-review-translation\">Co najlepiej opisuje Pani/Pana sytuację?",
                "state=\"translated\">Co opisuje Panią/Pana najlepiej?")));

        assertEquals(List.of(), outcome.problems());
        assertEquals(1, outcome.changed());
        assertEquals(List.of(), outcome.stillStale());
        assertEquals(polishBefore.replace("Co najlepiej opisuje Pani/Pana sytuację?", "Co opisuje Panią/Pana najlepiej?"),
                Files.readString(polish), "only the changed line differs; comments and order stay");
        coverage = TranslationCoverage.ofFiles(home.resolve("surveys"), home.resolve("translations"));
        assertEquals(Map.of(), coverage.languages().stream().filter(l -> l.language().tag().equals("pl")).findFirst()
                .orElseThrow().files().stream().filter(f -> f.file().contains("/maternity-experience/")).findFirst().orElseThrow().stale());
        assertEquals(List.of(CARE_STAGE), List.copyOf(coverage.languages().stream().filter(l -> l.language().tag().equals("ro"))
                .findFirst().orElseThrow().files().stream().filter(f -> f.file().contains("/maternity-experience/")).findFirst().orElseThrow().stale().keySet()), "other languages stay stale");
        assertTrue(export(target).contains("state=\"translated\">Co opisuje Panią/Pana najlepiej?</target>"));
    }

    @Test
    void aTranslationMadeFromTheOldEnglishIsImportedButStaysStale() throws IOException {
        TranslationTarget target = new TranslationTarget(survey(), language("ro"));
        String old = export(target);
        changeEnglish("Which of these best describes you?", "Which of these describes you best?");
        target = new TranslationTarget(survey(), language("ro"));
        String edited = old.replaceFirst("(<trans-unit id=\"questions.care_stage.label\">\\s*<source[^<]*</source>\\s*<target[^>]*>)[^<]*",
                "$1Care dintre acestea vă descrie cel mai bine?");

        TranslationExchange.Outcome outcome = exchange.importFile(target, bytes(edited));

        assertEquals(List.of(), outcome.problems());
        assertEquals(List.of(CARE_STAGE), outcome.stillStale());
        assertEquals("Care dintre acestea vă descrie cel mai bine?", translations.surveyTexts("maternity-experience", "ro").get(CARE_STAGE));
        assertTrue(export(target).contains("state=\"needs-review-translation\">Care dintre acestea vă descrie cel mai bine?</target>"));
    }

    @Test
    void aTranslatorConfirmsAStaleTextAndAnOlderFileCannotUndoThat() throws IOException {
        TranslationTarget target = new TranslationTarget(survey(), language("pl"));
        String old = export(target);
        changeEnglish("Which of these best describes you?", "Which of these describes you best?");
        target = new TranslationTarget(survey(), language("pl"));
        String fresh = export(target).replace("state=\"needs-review-translation\"", "state=\"final\"");

        TranslationExchange.Outcome confirmed = exchange.importFile(target, bytes(fresh));

        assertEquals(0, confirmed.changed());
        assertEquals(1, confirmed.confirmed());
        assertEquals(Map.of(), TranslationCoverage.ofFiles(home.resolve("surveys"), home.resolve("translations")).languages().stream()
                .filter(l -> l.language().tag().equals("pl")).findFirst().orElseThrow().files().stream().filter(f -> f.file().contains("/maternity-experience/")).findFirst().orElseThrow().stale());
        Map<String, byte[]> before = snapshot();
        TranslationExchange.Outcome older = exchange.importFile(target, bytes(old));
        assertEquals(List.of(), older.problems());
        assertEquals(0, older.changed() + older.confirmed());
        assertSame(before, snapshot());
    }

    @Test
    void anUnknownIdRefusesTheWholeFileAndNamesIt() {
        TranslationTarget target = new TranslationTarget(survey(), language("pl"));
        String xliff = export(target).replace("state=\"translated\">Przed rozpoczęciem<", "state=\"translated\">Zanim zaczniesz<")
                .replace("<trans-unit id=\"questions.consent.label\">", "<trans-unit id=\"questions.no_such.label\">");

        assertRefused(target, xliff, new TranslationExchange.Problem("xliff.error.unknown_id", Map.of("id", "questions.no_such.label")));
    }

    @Test
    void aLostOrAddedPlaceholderRefusesTheWholeFileAndNamesTheId() {
        TranslationTarget target = new TranslationTarget(null, language("pl"));
        String xliff = export(target);
        String pageOf = translations.interfaceTexts("pl").get("survey.page_of");
        String edited = xliff.replace(">" + pageOf + "<", ">Strona {page}<").replace(">Chorus<", ">Chorus {app}<");

        assertRefused(target, edited,
                new TranslationExchange.Problem("xliff.error.placeholders", Map.of("id", "app.name", "english", "-", "translated", "{app}")),
                new TranslationExchange.Problem("xliff.error.placeholders", Map.of("id", "survey.page_of",
                        "english", "{page} {pages}", "translated", "{page}")));
    }

    @Test
    void aFileForAnotherLanguageOrAnotherTextIsRefused() {
        TranslationTarget romanian = new TranslationTarget(survey(), language("ro"));
        String polish = export(new TranslationTarget(survey(), language("pl")));
        TranslationExchange.Outcome outcome = assertRefused(romanian, polish,
                new TranslationExchange.Problem("xliff.error.language", Map.of("found", "pl", "expected", "ro")));
        assertEquals(1, outcome.problems().size(), "the language is wrong, not the text: " + outcome.problems());
        String markedPolish = polish.replace("target-language=\"pl\"", "target-language=\"ro\"");
        assertRefused(romanian, markedPolish, new TranslationExchange.Problem("xliff.error.unit_language",
                Map.of("id", "title", "found", "pl", "expected", "ro")));

        TranslationTarget polishInterface = new TranslationTarget(null, language("pl"));
        assertRefused(polishInterface, polish, new TranslationExchange.Problem("xliff.error.wrong_file",
                Map.of("found", "translations/surveys/maternity-experience/pl.yml", "expected", "translations/ui/pl.yml")));
    }

    @Test
    void malformedXmlAndDoctypesAreRefused() {
        TranslationTarget target = new TranslationTarget(survey(), language("pl"));
        String xliff = export(target);
        assertRefused(target, xliff.replace("</body>", "</bdy>"), new TranslationExchange.Problem("xliff.error.not_xml",
                Map.of("line", String.valueOf(xliff.substring(0, xliff.indexOf("</body>")).split("\n").length))));
        assertRefused(target, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff>&e;</xliff>",
                new TranslationExchange.Problem("xliff.error.not_xml", Map.of("line", "2")));
        assertRefused(target, "<html><body/></html>", new TranslationExchange.Problem("xliff.error.not_xliff", Map.of()));
    }

    @Test
    void theCommandLineExportsAndImportsWithTheSameChecks() throws IOException {
        Path file = home.resolve("pl.xlf");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, XliffCommand.run(List.of("export", "interface", "pl", file.toString()), home.resolve("surveys"),
                home.resolve("translations"), print));
        Map<String, byte[]> before = snapshot();
        assertEquals(0, XliffCommand.run(List.of("import", "interface", "pl", file.toString()), home.resolve("surveys"),
                home.resolve("translations"), print), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Imported: 0 texts changed and 0 confirmed as current."), out.toString());
        assertEquals(1, XliffCommand.run(List.of("import", "interface", "ro", file.toString()), home.resolve("surveys"),
                home.resolve("translations"), print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("The file is for the language pl, not ro"), out.toString());
        assertSame(before, snapshot());
    }

    private TranslationExchange.Outcome assertRefused(TranslationTarget target, String xliff, TranslationExchange.Problem... expected) {
        Map<String, byte[]> before;
        try {
            before = snapshot();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TranslationExchange.Outcome outcome = exchange.importFile(target, bytes(xliff));
        assertTrue(outcome.refused());
        for (TranslationExchange.Problem problem : expected) {
            assertTrue(outcome.problems().contains(problem), problem + " not in " + outcome.problems());
        }
        try {
            assertSame(before, snapshot());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Every problem reads as a sentence in English, with the id it is about.
        outcome.problems().forEach(p -> assertFalse(p.in(translations.texts(translations.source())).value().contains("{id}")));
        return outcome;
    }

    private void changeEnglish(String from, String to) throws IOException {
        Path v1 = home.resolve("surveys/maternity-experience/v1.yml");
        String text = Files.readString(v1);
        assertTrue(text.contains(from));
        Files.writeString(v1, text.replace(from, to));
        load();
    }

    private void load() {
        List<Survey> latest = SurveyFiles.latestOfEach(SurveyFiles.read(home.resolve("surveys"), new ArrayList<>()));
        translations = new Translations(home.resolve("translations"), home.resolve("surveys"), id -> latest.stream().filter(s -> s.id().equals(id)).findFirst());
        assertEquals(List.of(), translations.problems());
        exchange = new TranslationExchange(translations);
    }

    private Survey survey() {
        List<Survey> latest = SurveyFiles.latestOfEach(SurveyFiles.read(home.resolve("surveys"), new ArrayList<>()));
        return latest.stream().filter(s -> s.id().equals("maternity-experience")).findFirst().orElseThrow();
    }

    private Language language(String tag) {
        return translations.language(tag).orElseThrow();
    }

    private String export(TranslationTarget target) {
        return new String(exchange.export(target), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(home.resolve("translations"))) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(home.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(file)), file + " changed"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
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
}
