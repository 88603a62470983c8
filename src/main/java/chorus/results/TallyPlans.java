package chorus.results;

import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The tally plan of each service-user survey, from its newest version and its results.yml. */
@Singleton
class TallyPlans {

    private final List<TallyPlan> plans;

    TallyPlans(SurveyCatalog catalog, Readings readings) {
        this.plans = catalog.latestOfEach().stream().filter(s -> !s.forStaff())
                .map(s -> TallyPlan.of(s, readings.of(s))).toList();
    }

    List<TallyPlan> all() {
        return plans;
    }

    Optional<TallyPlan> of(String surveyId) {
        return plans.stream().filter(p -> p.surveyId().equals(surveyId)).findFirst();
    }

    Optional<TallyPlan> of(Survey survey) {
        return of(survey.id());
    }
}
