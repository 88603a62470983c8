package chorus.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads every survey version in a folder without touching the database, so that tools such as the
 * translation coverage report can check the files without starting Chorus.
 */
public final class SurveyFiles {

    /** How the results report reads a survey (chorus.results): beside the versions, and not one. */
    public static final String RESULTS_FILE = "results.yml";

    /**
     * The codebook of themes (chorus.theme), beside the survey folders and not a survey. Skipped
     * only at the root of the surveys folder, where it belongs: a codebook.yml inside a survey's
     * folder is still read as a survey, so a misplaced copy is reported rather than silently ignored.
     */
    public static final String CODEBOOK_FILE = "codebook.yml";

    private SurveyFiles() {
    }

    /** Survey id -> version -> survey; surveys with problems are left out and the problems added. */
    public static Map<String, TreeMap<Integer, Survey>> read(Path root, List<String> problems) {
        Map<String, TreeMap<Integer, Survey>> surveys = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            problems.add(root.toAbsolutePath().normalize() + ": the surveys folder does not exist (set CHORUS_SURVEYS_DIR)");
            return surveys;
        }
        for (Path file : surveyFiles(root)) {
            String name = "surveys/" + root.relativize(file).toString().replace('\\', '/');
            Survey survey = SurveyFileParser.parse(file, name, problems);
            if (survey == null) {
                continue;
            }
            Survey clash = surveys.computeIfAbsent(survey.id(), k -> new TreeMap<>()).putIfAbsent(survey.version(), survey);
            if (clash != null) {
                problems.add(name + ": survey \"" + survey.id() + "\" version " + survey.version() + " is also defined in " + clash.file());
            }
        }
        for (Map.Entry<String, TreeMap<Integer, Survey>> versions : surveys.entrySet()) {
            RunBy runBy = RunBy.read(root.resolve(versions.getKey()), "surveys/" + versions.getKey() + "/" + RunBy.FILE, problems);
            if (runBy != null) {
                versions.getValue().replaceAll((version, survey) -> survey.withRunBy(runBy));
            }
        }
        return surveys;
    }

    /** The newest version of each survey: the one people answer and translators translate. */
    public static List<Survey> latestOfEach(Map<String, TreeMap<Integer, Survey>> surveys) {
        return surveys.values().stream().map(v -> v.lastEntry().getValue()).toList();
    }

    private static List<Path> surveyFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals(RESULTS_FILE))
                    .filter(f -> !f.getFileName().toString().equals(RunBy.FILE))
                    .filter(f -> !f.equals(root.resolve(CODEBOOK_FILE)))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
