package chorus.survey;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** The fingerprint of a survey version's file as it was when Chorus last started with it. */
@MappedEntity("survey_version")
record SurveyVersionRow(@EmbeddedId Key key, String fingerprint) {

    @Embeddable
    record Key(@MappedProperty("survey_id") String surveyId, @MappedProperty("version") int version) {
    }
}
