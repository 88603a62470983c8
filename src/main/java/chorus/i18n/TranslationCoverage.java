package chorus.i18n;

import chorus.survey.Survey;
import chorus.survey.SurveyFiles;
import chorus.survey.SurveyKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How far each language is translated, for translators and admins: for the interface text and for
 * each survey, the keys English has and the language lacks, the keys translated from English that
 * has changed since (stale: still shown, but due for a new translation), the keys English no longer
 * has, and the keys whose {placeholders} differ. English is the source, so it is not listed.
 */
public final class TranslationCoverage {

    /** A key whose translation does not keep the placeholders of the English text. */
    public record PlaceholderDifference(String key, Set<String> english, Set<String> translated) {
    }

    /** One file compared with its English source; a survey file that does not exist is not translated yet. */
    public record FileCoverage(String title, String file, boolean exists, int englishKeys, Map<String, String> missing,
                               Map<String, String> stale, List<String> unused, List<PlaceholderDifference> placeholders) {

        public boolean complete() {
            return missing.isEmpty() && stale.isEmpty() && unused.isEmpty() && placeholders.isEmpty();
        }
    }

    public record LanguageCoverage(Language language, List<FileCoverage> files) {
    }

    private final List<String> problems;
    private final List<LanguageCoverage> languages = new ArrayList<>();

    private TranslationCoverage(Translations translations, Collection<Survey> surveys, List<String> problems) {
        this.problems = List.copyOf(problems);
        for (Language language : translations.languages()) {
            if (language.tag().equals(Language.SOURCE)) {
                continue;
            }
            List<FileCoverage> files = new ArrayList<>();
            Map<String, String> interfaceSource = translations.interfaceSource();
            if (translations.isVariant(language.tag())) {
                // An easy-read variant rewords some interface text and shows English for the rest: nothing is missing.
                Map<String, String> reworded = new LinkedHashMap<>(interfaceSource);
                reworded.keySet().retainAll(translations.interfaceTexts(language.tag()).keySet());
                interfaceSource = reworded;
            }
            files.add(compare("Interface text", "translations/ui/" + language.tag() + ".yml", translations.hasOwnInterface(language.tag()),
                    interfaceSource, translations.interfaceTexts(language.tag()), translations.interfaceSources(language.tag())));
            for (Survey survey : surveys) {
                files.add(compare("Survey " + survey.id(), "translations/surveys/" + survey.id() + "/" + language.tag() + ".yml",
                        translations.languagesOf(survey).contains(language),
                        SurveyKeys.sourceTexts(survey), translations.surveyTexts(survey.id(), language.tag()),
                        translations.surveySources(survey.id(), language.tag())));
            }
            languages.add(new LanguageCoverage(language, List.copyOf(files)));
        }
    }

    /** Coverage of translations already loaded, with the newest version of each survey. */
    public static TranslationCoverage of(Translations translations, Collection<Survey> surveys) {
        return new TranslationCoverage(translations, surveys, translations.problems());
    }

    /** Reads the files alone, so it needs neither the database nor a running server. */
    public static TranslationCoverage ofFiles(Path surveysDir, Path translationsDir) {
        List<String> problems = new ArrayList<>();
        List<Survey> latest = SurveyFiles.latestOfEach(SurveyFiles.read(surveysDir, problems));
        Translations translations = new Translations(translationsDir, surveysDir,
                id -> latest.stream().filter(s -> s.id().equals(id)).findFirst());
        problems.addAll(translations.problems());
        return new TranslationCoverage(translations, latest, problems);
    }

    /**
     * {@code java -jar chorus.jar translations}: prints the report and returns the exit code. The
     * folders are found as the application finds them (chorus.home, CHORUS_SURVEYS_DIR, ...), but no
     * bean is started.
     */
    public static int command(PrintStream out) {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).build()) {
            Environment environment = context.getEnvironment().start();
            Path home = Path.of(environment.getProperty("chorus.home", String.class).orElse("."));
            TranslationCoverage coverage = ofFiles(
                    home.resolve(environment.getRequiredProperty("chorus.surveys-dir", String.class)),
                    home.resolve(environment.getRequiredProperty("chorus.translations-dir", String.class)));
            out.print(coverage.report());
            return coverage.complete() ? 0 : 1;
        }
    }

    public List<LanguageCoverage> languages() {
        return List.copyOf(languages);
    }

    /** Problems that stop start-up, found while reading the files. */
    public List<String> problems() {
        return problems;
    }

    public boolean complete() {
        return problems.isEmpty() && files().allMatch(FileCoverage::complete);
    }

    /** A lost placeholder would show "{max}" to a person, or a wrong number: start-up refuses it. */
    List<String> placeholderProblems() {
        return files().flatMap(f -> f.placeholders().stream().map(p -> f.file() + ": the text of \"" + p.key()
                + "\" must keep the placeholders " + braces(p.english()) + " exactly; it has " + braces(p.translated())))
                .toList();
    }

    public String report() {
        StringBuilder out = new StringBuilder("Translation coverage: each language compared with English, the source.\n");
        if (!problems.isEmpty()) {
            out.append("\nProblems in the files (Chorus will not start until they are fixed):\n");
            problems.forEach(p -> out.append("  ").append(p).append('\n'));
        }
        for (LanguageCoverage coverage : languages) {
            Language language = coverage.language();
            out.append('\n').append(language.name()).append(" (").append(language.tag())
                    .append(language.rightToLeft() ? ", right to left" : "").append(")\n");
            coverage.files().forEach(file -> describe(file, out));
        }
        long missing = files().mapToLong(f -> f.missing().size()).sum();
        long stale = files().mapToLong(f -> f.stale().size()).sum();
        long unused = files().mapToLong(f -> f.unused().size()).sum();
        long placeholders = files().mapToLong(f -> f.placeholders().size()).sum();
        long checked = files().filter(FileCoverage::exists).count();
        return out.append("\nTotal: ").append(missing).append(" missing, ").append(stale).append(" stale, ")
                .append(unused).append(" unused, ")
                .append(placeholders).append(" with different placeholders, ").append(problems.size())
                .append(" problems in files (").append(languages.size()).append(" languages, ").append(checked)
                .append(" files checked)\n").toString();
    }

    private static void describe(FileCoverage file, StringBuilder out) {
        out.append("  ").append(file.title()).append(" (").append(file.file()).append("): ");
        if (!file.exists()) {
            out.append("not translated, so offered in English only\n");
            return;
        }
        if (file.complete()) {
            out.append("complete, ").append(file.englishKeys()).append(" keys\n");
            return;
        }
        out.append(file.missing().size()).append(" missing, ").append(file.stale().size()).append(" stale, ")
                .append(file.unused().size()).append(" unused, ")
                .append(file.placeholders().size()).append(" with different placeholders\n");
        file.missing().forEach((key, english) -> out.append("    missing: ").append(key).append(" (English: \"")
                .append(english).append("\")\n"));
        file.stale().forEach((key, english) -> out.append("    stale, English changed since it was translated (or no record of it): ").append(key)
                .append(" (English now: \"").append(english).append("\"; fingerprint ").append(SourceFingerprints.of(english))
                .append(")\n"));
        file.unused().forEach(key -> out.append("    unused, no longer in English: ").append(key).append('\n'));
        file.placeholders().forEach(p -> out.append("    placeholders differ: ").append(p.key()).append(" (English has ")
                .append(braces(p.english())).append(", this has ").append(braces(p.translated())).append(")\n"));
    }

    private static FileCoverage compare(String title, String file, boolean exists, Map<String, String> english,
                                        Map<String, String> translated, Map<String, String> sources) {
        if (!exists) {
            return new FileCoverage(title, file, false, english.size(), Map.of(), Map.of(), List.of(), List.of());
        }
        Map<String, String> stale = new LinkedHashMap<>();
        english.forEach((key, text) -> {
            if (translated.containsKey(key) && SourceFingerprints.stale(sources.get(key), text)) {
                stale.put(key, text);
            }
        });
        Map<String, String> missing = new LinkedHashMap<>();
        english.forEach((key, text) -> {
            if (!translated.containsKey(key)) {
                missing.put(key, text);
            }
        });
        List<String> unused = translated.keySet().stream().filter(key -> !english.containsKey(key)).toList();
        List<PlaceholderDifference> placeholders = translated.entrySet().stream()
                .filter(e -> english.containsKey(e.getKey()))
                .map(e -> new PlaceholderDifference(e.getKey(), Placeholders.of(english.get(e.getKey())), Placeholders.of(e.getValue())))
                .filter(d -> !d.english().equals(d.translated()))
                .toList();
        return new FileCoverage(title, file, true, english.size(), missing, stale, unused, placeholders);
    }

    private Stream<FileCoverage> files() {
        return languages.stream().flatMap(l -> l.files().stream());
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(" ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
