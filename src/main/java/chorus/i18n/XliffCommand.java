package chorus.i18n;

import chorus.survey.Survey;
import chorus.survey.SurveyFiles;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar chorus.jar xliff export|import|record-sources <interface|survey> <language> [file]}:
 * the translator's round trip from a copy of the project, on the files alone (no database, no
 * server), with the same checks as the staff page. Returns the exit code.
 */
public final class XliffCommand {

    private static final String USAGE = """
            Usage:
              xliff export <interface|survey id> <language> [file.xlf]   (to the screen without a file)
              xliff import <interface|survey id> <language> <file.xlf>
              xliff record-sources [<interface|survey id> <language>]   (without them: every file)
            """;

    private XliffCommand() {
    }

    public static int run(List<String> args, PrintStream out) {
        List<String> given = args.stream().filter(a -> a != null && !a.isBlank()).toList();
        boolean everything = given.size() == 1 && given.get(0).equals("record-sources");
        if (!everything && given.size() < 3 || given.isEmpty() || !List.of("export", "import", "record-sources").contains(given.get(0))
                || (given.get(0).equals("import") && given.size() < 4)) {
            out.print(USAGE);
            return 2;
        }
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).build()) {
            Environment environment = context.getEnvironment().start();
            Path home = Path.of(environment.getProperty("chorus.home", String.class).orElse("."));
            return run(given, home.resolve(environment.getRequiredProperty("chorus.surveys-dir", String.class)),
                    home.resolve(environment.getRequiredProperty("chorus.translations-dir", String.class)), out);
        }
    }

    static int run(List<String> args, Path surveysDir, Path translationsDir, PrintStream out) {
        List<String> problems = new ArrayList<>();
        List<Survey> latest = SurveyFiles.latestOfEach(SurveyFiles.read(surveysDir, problems));
        Translations translations = new Translations(translationsDir, surveysDir, id -> latest.stream().filter(s -> s.id().equals(id)).findFirst());
        problems.addAll(translations.problems());
        if (problems.isEmpty()) {
            problems.addAll(TranslationCoverage.of(translations, latest).placeholderProblems());
        }
        if (!problems.isEmpty()) {
            out.println("The files have problems; run the coverage report (translations) for details:");
            problems.forEach(p -> out.println("  " + p));
            return 1;
        }
        if (args.size() == 1) {
            return recordEverything(translations, latest, out);
        }
        Optional<Language> language = translations.language(args.get(2)).filter(l -> !l.tag().equals(Language.SOURCE));
        Optional<Survey> survey = latest.stream().filter(s -> s.id().equals(args.get(1))).findFirst();
        if (language.isEmpty() || (survey.isEmpty() && !args.get(1).equals(TranslationTarget.INTERFACE))) {
            out.println("Unknown " + (language.isEmpty() ? "language " + args.get(2) + " (see translations/languages.yml)"
                    : "survey " + args.get(1) + " (use interface, or a survey id from surveys/)"));
            return 2;
        }
        TranslationTarget target = new TranslationTarget(survey.orElse(null), language.get());
        TranslationExchange exchange = new TranslationExchange(translations);
        Texts english = translations.texts(translations.source());
        try {
            switch (args.get(0)) {
                case "export" -> {
                    byte[] xliff = exchange.export(target);
                    if (args.size() > 3) {
                        Files.write(Path.of(args.get(3)), xliff);
                        out.println("Wrote " + args.get(3));
                    } else {
                        out.write(xliff);
                        out.flush();
                    }
                    return 0;
                }
                case "import" -> {
                    TranslationExchange.Outcome outcome = exchange.importFile(target, Files.readAllBytes(Path.of(args.get(3))));
                    if (outcome.refused()) {
                        out.println(english.ui("xliff.refused").value());
                        outcome.problems().forEach(p -> out.println("  " + p.in(english).value()));
                        return 1;
                    }
                    out.println(summary(outcome, english));
                    return 0;
                }
                default -> {
                    int added = exchange.recordMissingSources(target);
                    out.println("Recorded the English of " + added + " translations in " + target.original()
                            .replace(".yml", SourceFingerprints.SUFFIX));
                    return 0;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            out.println("Cannot read or write a file: " + e.getMessage());
            return 1;
        }
    }

    /** After adding interface keys by hand in every language: records today's English for all that have no record. */
    private static int recordEverything(Translations translations, List<Survey> latest, PrintStream out) {
        TranslationExchange exchange = new TranslationExchange(translations);
        int added = 0;
        for (Language language : translations.languages()) {
            if (language.tag().equals(Language.SOURCE)) {
                continue;
            }
            added += exchange.recordMissingSources(new TranslationTarget(null, language));
            for (Survey survey : latest) {
                added += exchange.recordMissingSources(new TranslationTarget(survey, language));
            }
        }
        out.println("Recorded the English of " + added + " translations that had no record");
        return 0;
    }

    public static String summary(TranslationExchange.Outcome outcome, Texts texts) {
        String done = texts.ui("xliff.imported", java.util.Map.of("changed", String.valueOf(outcome.changed()),
                "confirmed", String.valueOf(outcome.confirmed()))).value();
        return outcome.stillStale().isEmpty() ? done : done + " " + texts.ui("xliff.still_stale",
                java.util.Map.of("ids", String.join(", ", outcome.stillStale()))).value();
    }
}
