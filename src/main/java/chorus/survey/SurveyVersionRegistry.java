package chorus.survey;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the fingerprint of each survey version. A version that people have started or
 * finished answering is published: changing its file would change what their answers mean, so
 * start-up refuses and asks for a new version instead.
 */
@Singleton
public class SurveyVersionRegistry {

    private final SurveyVersionRepository versions;

    SurveyVersionRegistry(SurveyVersionRepository versions) {
        this.versions = versions;
    }

    @Transactional
    public void register(Survey survey, List<String> problems) {
        SurveyVersionRow.Key key = new SurveyVersionRow.Key(survey.id(), survey.version());
        Optional<SurveyVersionRow> known = versions.findById(key);
        if (known.isEmpty()) {
            versions.save(new SurveyVersionRow(key, survey.fingerprint()));
        } else if (!known.get().fingerprint().equals(survey.fingerprint())) {
            if (versions.uses(survey.id(), survey.version()) > 0) {
                problems.add(survey.file() + ": survey \"" + survey.id() + "\" version " + survey.version()
                        + " already has answers, so it cannot change. Undo the change, or copy the file to a new "
                        + "version number and change that.");
            } else {
                versions.update(new SurveyVersionRow(key, survey.fingerprint()));
            }
        }
    }
}
