package chorus.answer;

import chorus.i18n.LanguageNames;

import java.time.Clock;
import chorus.answer.ResponseStore.AnswerRow;
import chorus.staff.Refusal;
import chorus.staff.StaffSubmissions;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import chorus.system.TransientFailures;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves the pages of a draft and, once the person has checked their answers and sent them, turns it
 * into exactly one stored response, however often it is sent.
 */
@Singleton
public class AnsweringService {

    /**
     * Where the person goes next: a page, or with {@code background} the second step of its
     * ethnic-group question; the check-your-answers page ({@code check}); the thank-you page
     * (neither); or, when {@code refused} is set, why a staff response was not stored.
     */
    public record Step(Page next, Refusal refused, boolean check, Question background) {

        static final Step DONE = new Step(null, null, false, null);
        static final Step CHECK = new Step(null, null, true, null);

        static Step to(Page next) {
            return new Step(next, null, false, null);
        }

        /** The second step of the ethnic-group question on {@code page}: the background within the group chosen. */
        static Step background(Page page, Question question) {
            return new Step(page, null, false, question);
        }
    }

    private final DraftStore drafts;
    private final ResponseStore responses;
    private final StaffSubmissions staff;
    private final Clock clock;
    private final TransientFailures transientFailures;

    AnsweringService(DraftStore drafts, ResponseStore responses, StaffSubmissions staff,
                     Clock clock, TransientFailures transientFailures) {
        this.transientFailures = transientFailures;
        this.staff = staff;
        this.drafts = drafts;
        this.responses = responses;
        this.clock = clock;
    }

    /** The first page the person has not finished, so a return visit resumes there; empty when only checking is left. */
    public Optional<Page> resumePage(Survey survey, Map<String, List<String>> answers) {
        return Visibility.pages(survey, answers).stream().filter(p -> !finished(p, answers)).findFirst();
    }

    static boolean finished(Page page, Map<String, List<String>> answers) {
        return answers.containsKey(DraftStore.PAGE_DONE + page.id()) && EthnicSteps.pending(page, answers).isEmpty();
    }

    /**
     * Saves one page and says where to go: the next page shown, or, coming back from checking
     * answers, the next page shown that is not finished yet (a changed answer may bring in a page),
     * and otherwise the check-your-answers page. Under a lock on the draft row, so a page saved
     * after the answers were sent changes nothing.
     */
    public Step savePage(Draft draft, Survey survey, Page page, Map<String, List<String>> values, boolean checking) {
        return save(draft, survey, page, values, checking, true);
    }

    /**
     * Saves the second step of the page's ethnic-group question: {@code values} are the whole page's,
     * the background put in. Goes on as saving the page does, without asking the second step again.
     */
    public Step saveBackground(Draft draft, Survey survey, Page page, Map<String, List<String>> values, boolean checking) {
        return save(draft, survey, page, values, checking, false);
    }

    private Step save(Draft draft, Survey survey, Page page, Map<String, List<String>> values, boolean checking,
                      boolean askBackground) {
        return transientFailures.write(() -> {
            if (drafts.lockAndCheckSubmitted(draft.id())) {
                return Step.DONE;
            }
            drafts.savePage(draft.id(), page, values);
            Map<String, List<String>> answers = drafts.answers(draft.id());
            Optional<Question> background = askBackground ? EthnicSteps.asked(page, answers) : Optional.empty();
            if (background.isPresent()) {
                return Step.background(page, background.get());
            }
            List<Page> pages = survey.pages();
            return pages.subList(pages.indexOf(page) + 1, pages.size()).stream()
                    .filter(p -> Visibility.shows(p, answers) && !(checking && finished(p, answers)))
                    .findFirst().map(Step::to).orElse(Step.CHECK);
        });
    }

    /**
     * Stores the response once the person has checked it. Everything happens under a lock on the
     * draft row, so a double tap or a retry after a dropped connection waits for the first request
     * and then finds the draft submitted: exactly one response is stored. The unique submission key
     * is the second line of defence. A transaction the database rolls back in a deadlock is run
     * again, so the person never sees it. A page not finished, or a required answer missing, sends
     * the person back to that page instead.
     */
    public Step submit(Draft draft, Survey survey) {
        return transientFailures.write(() -> submitOnce(draft, survey));
    }

    private Step submitOnce(Draft draft, Survey survey) {
        if (drafts.lockAndCheckSubmitted(draft.id())) {
            return Step.DONE;
        }
        Map<String, List<String>> answers = drafts.answers(draft.id());
        List<AnswerRow> rows = new ArrayList<>();
        for (Page shown : Visibility.pages(survey, answers)) {
            if (!finished(shown, answers)) {
                return Step.to(shown);
            }
            for (Question question : Visibility.questions(shown, answers)) {
                List<String> given = answers.getOrDefault(question.id(), List.of());
                if (question.required() && given.isEmpty()) {
                    return Step.to(shown);
                }
                rows.addAll(rows(question, given, answers));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.roundId() != null) {
            Optional<Refusal> refusal = staff.claim(draft.roundId(), draft.invitationHash(), today);
            if (refusal.isPresent()) {
                return new Step(null, refusal.get(), false, null);
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
        return Step.DONE;
    }

    /**
     * The question that asks for someone's first language ("about you"; reports rely on the id). It
     * is typed, with the common languages suggested, and stored as a language code where it is one.
     */
    public static final String FIRST_LANGUAGE = "first_language";

    /** The stored rows of one question's answer; public so keyed paper forms are stored exactly as online ones. */
    public static List<AnswerRow> rows(Question question, List<String> values, Map<String, List<String>> answers) {
        QuestionType type = question.type();
        if (type == QuestionType.ETHNICITY) {
            String code = values.isEmpty() ? null : values.get(0);
            String self = Optional.ofNullable(answers.get(PageInput.selfDescriptionField(question)))
                    .filter(v -> !v.isEmpty()).map(v -> v.get(0)).orElse(null);
            return code == null && self == null ? List.of() : List.of(new AnswerRow(question.id(), code, null, self));
        }
        if (FIRST_LANGUAGE.equals(question.id()) && type == QuestionType.SHORT_TEXT) {
            // A language on the list is stored as its code, so "urdu", "Urdu" and "اردو" count as one;
            // any other is kept as typed.
            return values.stream().map(value -> LanguageNames.code(value)
                    .map(code -> new AnswerRow(question.id(), code, null, null))
                    .orElseGet(() -> new AnswerRow(question.id(), null, null, value))).toList();
        }
        return values.stream().map(value -> switch (type) {
            case NUMBER -> new AnswerRow(question.id(), null, Integer.valueOf(value), null);
            case SHORT_TEXT, LONG_TEXT -> new AnswerRow(question.id(), null, null, value);
            default -> new AnswerRow(question.id(), value, null, null);
        }).toList();
    }
}
