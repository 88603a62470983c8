package chorus.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** One round of a staff survey: open from {@code opensOn} to {@code closesOn}, both days included. */
@MappedEntity("survey_round")
public record Round(@Id @GeneratedValue @Nullable Long id, String surveyId, String name, LocalDate opensOn, LocalDate closesOn, boolean codesRequired) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
