package chorus.staff;

import java.time.LocalDate;

/** One round of a staff survey: open from {@code opensOn} to {@code closesOn}, both days included. */
public record Round(long id, String surveyId, String name, LocalDate opensOn, LocalDate closesOn, boolean codesRequired) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
