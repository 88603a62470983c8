package chorus.survey;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every survey version in {@code surveys/}, read and checked at start-up. The newest version of a
 * survey is the one people answer; older versions stay so their responses keep their meaning.
 */
@Context
public class SurveyCatalog {

    /** survey id -> version -> survey. */
    private final Map<String, TreeMap<Integer, Survey>> surveys = new TreeMap<>();

    SurveyCatalog(@Value("${chorus.home:.}") String home, @Value("${chorus.surveys-dir}") String dir,
                  SurveyVersionRegistry registry) {
        List<String> problems = new ArrayList<>();
        Path root = Path.of(home).resolve(dir);
        if (!Files.isDirectory(root)) {
            throw new SurveyDefinitionException(List.of(root.toAbsolutePath() + ": the surveys folder does not exist (set CHORUS_SURVEYS_DIR)"));
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
        if (problems.isEmpty()) {
            surveys.values().stream().flatMap(v -> v.values().stream()).forEach(s -> registry.register(s, problems));
        }
        if (!problems.isEmpty()) {
            throw new SurveyDefinitionException(problems);
        }
    }

    public Optional<Survey> latest(String surveyId) {
        return Optional.ofNullable(surveys.get(surveyId)).map(v -> v.lastEntry().getValue());
    }

    public Optional<Survey> find(String surveyId, int version) {
        return Optional.ofNullable(surveys.get(surveyId)).map(v -> v.get(version));
    }

    /** The newest version of every survey, by id. */
    public List<Survey> latestOfEach() {
        return surveys.values().stream().map(v -> v.lastEntry().getValue()).toList();
    }

    public List<Survey> versionsOf(String surveyId) {
        return List.copyOf(surveys.getOrDefault(surveyId, new TreeMap<>()).values());
    }

    private static List<Path> surveyFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
