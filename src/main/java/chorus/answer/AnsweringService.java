package chorus.answer;

import chorus.answer.ResponseStore.AnswerRow;
import chorus.staff.Refusal;
import chorus.staff.StaffSubmissions;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import chorus.system.TransientFailures;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a finished draft into exactly one stored response, however often it is submitted. */
@Singleton
public class AnsweringService {

    /**
     * Where the person goes after a page: the next page, or (when null) the thank-you page; or, when
     * {@code refused} is set, why a staff response was not stored.
     */
    public record Step(Page next, Refusal refused) {

        public Step(Page next) {
            this(next, null);
        }
    }

    private final DraftStore drafts;
    private final ResponseStore responses;
    private final JdbcOperations jdbc;
    private final StaffSubmissions staff;
    private final ZoneId zone;
    private final TransientFailures transientFailures;

    AnsweringService(DraftStore drafts, ResponseStore responses, JdbcOperations jdbc, StaffSubmissions staff,
                     @Value("${chorus.time-zone:Europe/London}") String zone, TransientFailures transientFailures) {
        this.transientFailures = transientFailures;
        this.staff = staff;
        this.drafts = drafts;
        this.responses = responses;
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    /** The first page the person has not finished, so a return visit resumes there. */
    public Page resumePage(Survey survey, Map<String, List<String>> answers) {
        List<Page> pages = Visibility.pages(survey, answers);
        return pages.stream()
                .filter(p -> !answers.containsKey(DraftStore.PAGE_DONE + p.id()))
                .findFirst()
                .orElse(pages.get(pages.size() - 1));
    }

    /**
     * Saves one page and, after the last page, stores the response. Everything happens under a
     * lock on the draft row, so a double tap or a retry after a dropped connection waits for the
     * first request and then finds the draft submitted: exactly one response is stored. The
     * unique submission key is the second line of defence. A transaction the database rolls back
     * in a deadlock is run again, so the person never sees it.
     */
    public Step savePage(Draft draft, Survey survey, Page page, Map<String, List<String>> values) {
        return transientFailures.write(() -> savePageOnce(draft, survey, page, values));
    }

    private Step savePageOnce(Draft draft, Survey survey, Page page, Map<String, List<String>> values) {
        if (lockAndCheckSubmitted(draft.id())) {
            return new Step(null);
        }
        drafts.savePage(draft.id(), page, values);
        Map<String, List<String>> answers = drafts.answers(draft.id());
        List<Page> pages = survey.pages();
        Optional<Page> next = pages.subList(pages.indexOf(page) + 1, pages.size()).stream()
                .filter(p -> Visibility.shows(p, answers)).findFirst();
        if (next.isPresent()) {
            return new Step(next.get());
        }
        List<AnswerRow> rows = new ArrayList<>();
        for (Page shown : Visibility.pages(survey, answers)) {
            for (Question question : Visibility.questions(shown, answers)) {
                List<String> given = answers.getOrDefault(question.id(), List.of());
                if (question.required() && given.isEmpty()) {
                    return new Step(shown);
                }
                rows.addAll(rows(question, given, answers));
            }
        }
        LocalDate today = LocalDate.now(zone);
        if (draft.roundId() != null) {
            Optional<Refusal> refusal = staff.claim(draft.roundId(), draft.invitationHash(), today);
            if (refusal.isPresent()) {
                return new Step(null, refusal.get());
            }
            responses.insert(new ResponseStore.NewStaffResponse(survey.id(), survey.version(), draft.language(),
                    draft.roundId(), draft.organisationId(), draft.submissionKey(), rows));
            // Nothing of a staff draft outlives its response: its expiry would date the answer to the second.
            drafts.delete(draft.id());
        } else {
            responses.insert(new ResponseStore.NewResponse(survey.id(), survey.version(), draft.language(), draft.channel(),
                    draft.eventId(), today, draft.submissionKey(), rows));
            drafts.markSubmitted(draft.id());
        }
        return new Step(null);
    }

    private boolean lockAndCheckSubmitted(long draftId) {
        return jdbc.prepareStatement("SELECT submitted FROM draft WHERE id = ? FOR UPDATE", select -> {
            select.setLong(1, draftId);
            try (ResultSet row = select.executeQuery()) {
                return !row.next() || row.getBoolean(1);
            }
        });
    }

    /** The stored rows of one question's answer; public so keyed paper forms are stored exactly as online ones. */
    public static List<AnswerRow> rows(Question question, List<String> values, Map<String, List<String>> answers) {
        QuestionType type = question.type();
        if (type == QuestionType.ETHNICITY) {
            String code = values.isEmpty() ? null : values.get(0);
            String self = Optional.ofNullable(answers.get(PageInput.selfDescriptionField(question)))
                    .filter(v -> !v.isEmpty()).map(v -> v.get(0)).orElse(null);
            return code == null && self == null ? List.of() : List.of(new AnswerRow(question.id(), code, null, self));
        }
        return values.stream().map(value -> switch (type) {
            case NUMBER -> new AnswerRow(question.id(), null, Integer.valueOf(value), null);
            case SHORT_TEXT, LONG_TEXT -> new AnswerRow(question.id(), null, null, value);
            default -> new AnswerRow(question.id(), value, null, null);
        }).toList();
    }
}
