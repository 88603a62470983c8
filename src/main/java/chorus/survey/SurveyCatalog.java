package chorus.survey;

import chorus.system.ChorusSettings;
import io.micronaut.context.annotation.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every survey version in {@code surveys/}, read and checked at start-up. The newest version of a
 * survey is the one people answer; older versions stay so their responses keep their meaning.
 */
@Context
public class SurveyCatalog {

    /**
     * A survey's reading for the results report, beside its versions (surveys/&lt;id&gt;/results.yml):
     * not a survey version itself.
     */
    public static final String RESULTS_FILE = SurveyFiles.RESULTS_FILE;

    /** survey id -> version -> survey. */
    private final Map<String, TreeMap<Integer, Survey>> surveys;
    private final Path root;

    SurveyCatalog(ChorusSettings settings,
                  SurveyVersionRegistry registry) {
        List<String> problems = new ArrayList<>();
        root = settings.surveys();
        surveys = SurveyFiles.read(root, problems);
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
        return SurveyFiles.latestOfEach(surveys);
    }

    /** The folder of a survey's files, surveys/&lt;id&gt;. */
    public Path folder(String surveyId) {
        return root.resolve(surveyId);
    }

    public List<Survey> versionsOf(String surveyId) {
        return List.copyOf(surveys.getOrDefault(surveyId, new TreeMap<>()).values());
    }
}
