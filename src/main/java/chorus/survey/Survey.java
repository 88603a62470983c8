package chorus.survey;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A published, immutable survey version as read from its file in {@code surveys/}. */
public record Survey(
        String id,
        int version,
        String audience,
        String title,
        String introduction,
        List<Page> pages,
        String fingerprint,
        String file,
        RunBy runBy) {

    /** The audience of the staff-experience survey, answered by staff about their own work. */
    public static final String STAFF = "staff";

    public boolean forStaff() {
        return STAFF.equals(audience);
    }

    /**
     * A staff survey is online only: its anonymity rests on one-time codes and open links, a paper
     * form keyed in would carry no round or organisation, and the keyer would read a colleague's answers.
     */
    public boolean onPaper() {
        return !forStaff();
    }

    /** The same version with who runs it, read from the file beside the versions (not part of any one). */
    Survey withRunBy(RunBy runBy) {
        return new Survey(id, version, audience, title, introduction, pages, fingerprint, file, runBy);
    }

    /** Open for new answers on {@code today}: always, unless run-by.yml gives a closing date that has passed. */
    public boolean open(java.time.LocalDate today) {
        return runBy == null || runBy.open(today);
    }

    public Stream<Question> questions() {
        return pages.stream().flatMap(p -> p.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
