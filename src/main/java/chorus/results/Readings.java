package chorus.results;

import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.survey.SurveyDefinitionException;
import io.micronaut.context.annotation.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each survey's {@code results.yml}, read at start-up and checked against the survey's newest
 * version, so a mistake stops Chorus with the line to fix rather than a report that miscounts.
 * A survey without the file is read by its question types alone.
 */
@Context
class Readings {

    static final String FILE = SurveyCatalog.RESULTS_FILE;

    private final Map<String, Reading> readings = new HashMap<>();

    Readings(SurveyCatalog catalog) {
        List<String> problems = new ArrayList<>();
        for (Survey survey : catalog.latestOfEach()) {
            Path file = catalog.folder(survey.id()).resolve(FILE);
            if (Files.isRegularFile(file)) {
                try {
                    String name = "surveys/" + survey.id() + "/" + FILE;
                    readings.put(survey.id(), Reading.parse(Files.readString(file, StandardCharsets.UTF_8), name, survey, problems));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SurveyDefinitionException(problems);
        }
    }

    Reading of(Survey survey) {
        return readings.getOrDefault(survey.id(), Reading.NONE);
    }
}
