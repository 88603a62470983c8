package chorus.dataentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.answer.FieldError;
import chorus.system.TamperedFormException;
import chorus.paper.PaperForm;
import chorus.survey.Option;
import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import chorus.survey.Survey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checking a keyed paper form, and the form code typed from paper, without a server. */
class KeyedAnswersTest {

    static final String NOT_ANSWERED = AnswerMark.NOT_ANSWERED.formValue();
    static final String MULTIPLE = AnswerMark.MULTIPLE.formValue();

    static final Question PLACE = new Question("place", QuestionType.SINGLE_CHOICE, "Where?", null, true,
            List.of(new Option("home", "At home"), new Option("ward", "On a ward")), null, null, null, null, 1);
    static final Question HELP = new Question("help", QuestionType.MULTIPLE_CHOICE, "What helped?", null, false,
            List.of(new Option("a", "A"), new Option("b", "B")), null, null, null, null, 2);
    static final Question WEEKS = new Question("weeks", QuestionType.NUMBER, "Weeks?", null, false, List.of(), null, 0, 42, null, 3);
    static final Survey SURVEY = new Survey("test-survey", 2, "service-users", "Test", null,
            List.of(new Page("one", "One", null, List.of(PLACE, HELP, WEEKS), null)), "fingerprint", "v2.yml", null);

    @Test
    void marksAreKeptAsMarksAndAnswersAsAnswers() {
        KeyedAnswers.Outcome outcome = KeyedAnswers.check(SURVEY, Map.of("place", List.of(MULTIPLE),
                "help", List.of("a", "b"), "weeks", List.of("", NOT_ANSWERED)));
        assertEquals(List.of(), outcome.errors());
        assertEquals(List.of(MULTIPLE), outcome.values().get("place"));
        assertEquals(List.of("a", "b"), outcome.values().get("help"));
        assertEquals(AnswerMark.NOT_ANSWERED, KeyedAnswers.stored(WEEKS, outcome.values()).marks().get("weeks"));
        assertEquals(List.of(), KeyedAnswers.stored(WEEKS, outcome.values()).rows());
        assertEquals(2, KeyedAnswers.stored(HELP, outcome.values()).rows().size());
    }

    @Test
    void aQuestionLeftBlankByTheKeyerIsNotTakenAsNotAnswered() {
        KeyedAnswers.Outcome outcome = KeyedAnswers.check(SURVEY, Map.of("place", List.of("home"), "weeks", List.of("")));
        assertEquals(List.of("help", "weeks"), outcome.errors().stream().map(FieldError::questionId).toList());
        assertTrue(outcome.errors().stream().allMatch(e -> e.messageKey().equals("dataentry.error.nothing_keyed")));
    }

    @Test
    void anAnswerBesideAMarkAndAnOutOfRangeNumberAreErrors() {
        KeyedAnswers.Outcome outcome = KeyedAnswers.check(SURVEY, Map.of("place", List.of("ward"),
                "help", List.of("a", NOT_ANSWERED), "weeks", List.of("43")));
        assertEquals(Map.of("help", "dataentry.error.answer_and_mark", "weeks", "error.number_range"),
                Map.of(outcome.errors().get(0).questionId(), outcome.errors().get(0).messageKey(),
                        outcome.errors().get(1).questionId(), outcome.errors().get(1).messageKey()));
        assertEquals(List.of("43"), outcome.values().get("weeks"), "what was typed is kept");
    }

    @Test
    void moreThanOneTickedIsOnlyForOneBoxQuestions() {
        assertTrue(KeyedAnswers.offersMultiple(PLACE));
        assertFalse(KeyedAnswers.offersMultiple(HELP));
        assertThrows(TamperedFormException.class, () -> KeyedAnswers.check(SURVEY, Map.of("place", List.of("home"),
                "help", List.of(MULTIPLE), "weeks", List.of("3"))));
    }

    @Test
    void theFormCodeMayBeTypedWithoutItsMiddleDot() {
        assertEquals("test-survey v2 \u00b7 bn", PaperForm.formCode(SURVEY, "bn", false, null));
        assertTrue(PaperForm.codeMatches("test-survey v2 \u00b7 bn", SURVEY, "bn"));
        assertTrue(PaperForm.codeMatches("  TEST-SURVEY  V2 BN ", SURVEY, "bn"));
        assertTrue(PaperForm.codeMatches("test-survey v2 . bn . large", SURVEY, "bn"), "large print asks the same questions");
        assertFalse(PaperForm.codeMatches("test-survey v1 bn", SURVEY, "bn"), "another version");
        assertFalse(PaperForm.codeMatches("test-survey v2 ur", SURVEY, "bn"), "another language");
        assertFalse(PaperForm.codeMatches("other-survey v2 bn", SURVEY, "bn"), "another survey");
        assertFalse(PaperForm.codeMatches("test-survey v2", SURVEY, "bn"));
        assertEquals("test-survey v2 \u00b7 bn \u00b7 large \u00b7 K7QM2PXR", PaperForm.formCode(SURVEY, "bn", true, "K7QM2PXR"));
        assertTrue(PaperForm.codeMatches("test-survey v2 bn K7QM2PXR", SURVEY, "bn"), "a listening event's slip");
        assertTrue(PaperForm.codeMatches("test-survey v2 bn large k7qm2pxr", SURVEY, "bn"));
        assertFalse(PaperForm.codeMatches("test-survey v2 bn K7QM2PXR extra", SURVEY, "bn"));
    }
}
