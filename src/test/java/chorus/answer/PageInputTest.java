package chorus.answer;

import chorus.system.TamperedFormException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.survey.Option;
import chorus.survey.Question;
import chorus.survey.QuestionType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a person sends for one page: mistakes they can fix come back as messages, with what they typed kept. */
class PageInputTest {

    private static final Map<QuestionType, String> REQUIRED_MESSAGE = new EnumMap<>(Map.ofEntries(
            Map.entry(QuestionType.SINGLE_CHOICE, "error.choose_one"),
            Map.entry(QuestionType.MULTIPLE_CHOICE, "error.choose_any"),
            Map.entry(QuestionType.AGREEMENT, "error.choose_one"),
            Map.entry(QuestionType.FFT, "error.choose_one"),
            Map.entry(QuestionType.SHORT_TEXT, "error.enter_text"),
            Map.entry(QuestionType.LONG_TEXT, "error.enter_text"),
            Map.entry(QuestionType.NUMBER, "error.enter_text"),
            Map.entry(QuestionType.YES_NO, "error.choose_one"),
            Map.entry(QuestionType.ETHNICITY, "error.choose_one"),
            Map.entry(QuestionType.POSTCODE_DISTRICT, "error.enter_text"),
            Map.entry(QuestionType.CONSENT, "error.consent")));

    @Test
    void aRequiredQuestionLeftEmptyAsksForAnAnswerInWordsThatFitItsType() {
        assertEquals(List.of(QuestionType.values()), List.copyOf(REQUIRED_MESSAGE.keySet()), "every type is covered");
        REQUIRED_MESSAGE.forEach((type, key) -> {
            PageInput.Outcome empty = check(question("q", type, true), Map.of());
            assertEquals(List.of(new FieldError("q", key, Map.of())), empty.errors(), type.fileName());

            PageInput.Outcome blank = check(question("q", type, true), type.isChoice() ? Map.of() : Map.of("q", List.of("   ")));
            assertEquals(List.of(new FieldError("q", key, Map.of())), blank.errors(), type.fileName() + " with only spaces");
        });
    }

    @Test
    void anOptionalQuestionLeftEmptyIsFineAndStoresNothing() {
        for (QuestionType type : QuestionType.values()) {
            PageInput.Outcome outcome = check(question("q", type, false), Map.of());
            assertTrue(outcome.valid(), type.fileName());
            assertEquals(Map.of(), outcome.values(), type.fileName());
        }
    }

    @Test
    void aNumberWithinItsBoundsIsKeptAsDigits() {
        Question weeks = number(0, 42);
        assertEquals(List.of("0"), answer(weeks, "0"));
        assertEquals(List.of("42"), answer(weeks, " 42 "));
        assertEquals(List.of("7"), answer(weeks, "007"));
    }

    @Test
    void digitsOfOtherScriptsAreReadAsNumbers() {
        Question weeks = number(0, 42);
        assertEquals(List.of("12"), answer(weeks, "١٢"), "Arabic-Indic");
        assertEquals(List.of("12"), answer(weeks, "۱۲"), "Extended Arabic-Indic, as Urdu writes them");
        assertEquals(List.of("12"), answer(weeks, "১২"), "Bengali");
    }

    @Test
    void aNumberOutsideItsBoundsSaysTheBoundsAndKeepsWhatWasTyped() {
        Question weeks = number(0, 42);
        for (String typed : List.of("43", "১০০", "1234567")) {
            PageInput.Outcome outcome = check(weeks, Map.of("q", List.of(typed)));
            assertEquals(List.of(new FieldError("q", "error.number_range", Map.of("min", 0, "max", 42))), outcome.errors(), typed);
            assertEquals(List.of(typed), outcome.values().get("q"), "shown again as typed: " + typed);
        }
    }

    @Test
    void aNumberWithOtherCharactersAsksForAWholeNumberAndKeepsWhatWasTyped() {
        for (String typed : List.of("three", "3.5", "-1", "1e3", "12345678")) {
            PageInput.Outcome outcome = check(number(0, 42), Map.of("q", List.of(typed)));
            assertEquals(List.of(new FieldError("q", "error.number_invalid", Map.of())), outcome.errors(), typed);
            assertEquals(List.of(typed), outcome.values().get("q"), typed);
        }
    }

    @Test
    void aPostcodeDistrictIsAcceptedHoweverItIsTyped() {
        Question postcode = question("q", QuestionType.POSTCODE_DISTRICT, true);
        assertEquals(List.of("NR1"), answer(postcode, "NR1"));
        assertEquals(List.of("PE30"), answer(postcode, "PE30"));
        assertEquals(List.of("NR1"), answer(postcode, "nr 1"));
        assertEquals(List.of("EC1A"), answer(postcode, "ec1a"));
    }

    @Test
    void moreThanTheDistrictIsRefusedWithItsOwnMessage() {
        // "NR1 3" must not become the district NR13, which is another place.
        for (String typed : List.of("NR1 3SR", "nr13sr", "PE30 1", "NR1 3")) {
            PageInput.Outcome outcome = check(question("q", QuestionType.POSTCODE_DISTRICT, true), Map.of("q", List.of(typed)));
            assertEquals(List.of(new FieldError("q", "error.postcode_full", Map.of())), outcome.errors(), typed);
            assertEquals(List.of(typed), outcome.values().get("q"), typed);
        }
    }

    @Test
    void somethingThatIsNotAPostcodeIsRefused() {
        for (String typed : List.of("Norwich", "123", "N", "NR1!")) {
            PageInput.Outcome outcome = check(question("q", QuestionType.POSTCODE_DISTRICT, true), Map.of("q", List.of(typed)));
            assertEquals(List.of(new FieldError("q", "error.postcode_district_invalid", Map.of())), outcome.errors(), typed);
            assertEquals(List.of(typed), outcome.values().get("q"), typed);
        }
    }

    @Test
    void textLongerThanItsLimitSaysTheLimitAndKeepsTheText() {
        Question shortText = new Question("q", QuestionType.SHORT_TEXT, "Label", null, false, List.of(), 5, null, null, null, 1);
        assertEquals(List.of("12345"), answer(shortText, "12345"));
        assertEquals(List.of("👶🏽👶🏽👶"), answer(shortText, "👶🏽👶🏽👶"), "limits count characters, not UTF-16 units");

        PageInput.Outcome outcome = check(shortText, Map.of("q", List.of("123456")));
        assertEquals(List.of(new FieldError("q", "error.too_long", Map.of("max", 5))), outcome.errors());
        assertEquals(List.of("123456"), outcome.values().get("q"));
    }

    @Test
    void longTextHasItsDefaultLimit() {
        Question longText = question("q", QuestionType.LONG_TEXT, false);
        String atLimit = "a".repeat(Question.DEFAULT_LONG_TEXT_LENGTH);
        assertEquals(List.of(atLimit), answer(longText, atLimit));
        PageInput.Outcome outcome = check(longText, Map.of("q", List.of(atLimit + "a")));
        assertEquals(List.of(new FieldError("q", "error.too_long", Map.of("max", Question.DEFAULT_LONG_TEXT_LENGTH))), outcome.errors());
    }

    @Test
    void formsOurPagesCouldNotHaveSentAreRefusedWhole() {
        Question single = question("q", QuestionType.SINGLE_CHOICE, false);
        assertThrows(TamperedFormException.class, () -> check(single, Map.of("q", List.of("d"))), "unknown option");
        assertThrows(TamperedFormException.class, () -> check(single, Map.of("q", List.of("a", "b"))), "two answers to one");
        assertThrows(TamperedFormException.class, () -> check(single, Map.of("q", List.of("a", "a"))), "one answer sent twice");
        assertThrows(TamperedFormException.class, () -> check(question("q", QuestionType.FFT, false), Map.of("q", List.of("excellent"))));
        assertThrows(TamperedFormException.class, () -> check(question("q", QuestionType.MULTIPLE_CHOICE, false),
                Map.of("q", List.of("a", "z"))));
        assertThrows(TamperedFormException.class, () -> check(question("q", QuestionType.SHORT_TEXT, false),
                Map.of("q", List.of("one", "two"))), "a text box sent twice");
        assertThrows(TamperedFormException.class, () -> check(question("q", QuestionType.LONG_TEXT, false),
                Map.of("q", List.of("a".repeat(20_001)))), "far beyond any limit the page shows");
    }

    @Test
    void multipleChoiceKeepsEveryTickedAnswer() {
        assertEquals(List.of("a", "c"), answer(question("q", QuestionType.MULTIPLE_CHOICE, true), "a", "c"));
    }

    @Test
    void ethnicityKeepsTheCodeAndAnOptionalSelfDescription() {
        Question ethnicity = question("eth", QuestionType.ETHNICITY, false);

        PageInput.Outcome both = check(ethnicity, Map.of("eth", List.of("N"), "eth.self", List.of(" Nigerian ")));
        assertTrue(both.valid());
        assertEquals(Map.of("eth", List.of("N"), "eth.self", List.of("Nigerian")), both.values());

        PageInput.Outcome ownWordsOnly = check(ethnicity, Map.of("eth.self", List.of("Mixed Somali and Welsh")));
        assertTrue(ownWordsOnly.valid());
        assertEquals(Map.of("eth.self", List.of("Mixed Somali and Welsh")), ownWordsOnly.values());
    }

    @Test
    void aSelfDescriptionOverItsLimitSaysTheLimitAndKeepsTheText() {
        Question ethnicity = question("eth", QuestionType.ETHNICITY, false);
        String atLimit = "ب".repeat(Question.SELF_DESCRIPTION_LENGTH);
        assertTrue(check(ethnicity, Map.of("eth.self", List.of(atLimit))).valid());

        String tooLong = atLimit + "ب";
        PageInput.Outcome outcome = check(ethnicity, Map.of("eth", List.of("L"), "eth.self", List.of(tooLong)));
        assertEquals(List.of(new FieldError("eth.self", "error.self_description_too_long",
                Map.of("max", Question.SELF_DESCRIPTION_LENGTH))), outcome.errors());
        assertEquals(Map.of("eth", List.of("L"), "eth.self", List.of(tooLong)), outcome.values());
    }

    @Test
    void whenOneAnswerIsWrongEveryOtherAnswerOnThePageIsKeptForTheNextTry() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("choice", List.of("b"));
        form.put("many", List.of("a", "b"));
        form.put("words", List.of("Kind midwives"));
        form.put("count", List.of("99"));
        List<Question> page = List.of(question("choice", QuestionType.SINGLE_CHOICE, true),
                question("many", QuestionType.MULTIPLE_CHOICE, false), question("words", QuestionType.LONG_TEXT, false),
                number("count", 0, 20));

        PageInput.Outcome outcome = PageInput.check(page, form);

        assertEquals(List.of(new FieldError("count", "error.number_range", Map.of("min", 0, "max", 20))), outcome.errors());
        assertEquals(form, outcome.values());
    }

    private static List<String> answer(Question question, String... sent) {
        PageInput.Outcome outcome = check(question, Map.of("q", List.of(sent)));
        assertEquals(List.of(), outcome.errors(), "for " + List.of(sent));
        return outcome.values().get("q");
    }

    private static PageInput.Outcome check(Question question, Map<String, List<String>> form) {
        return PageInput.check(List.of(question), form);
    }

    private static Question number(int min, int max) {
        return number("q", min, max);
    }

    private static Question number(String id, int min, int max) {
        return new Question(id, QuestionType.NUMBER, "How many?", null, false, List.of(), null, min, max, null, 1);
    }

    private static Question question(String id, QuestionType type, boolean required) {
        List<Option> options = type.needsOptionsInFile()
                ? List.of(new Option("a", "A"), new Option("b", "B"), new Option("c", "C"))
                : List.of();
        Integer min = type == QuestionType.NUMBER ? 0 : null;
        Integer max = type == QuestionType.NUMBER ? 10 : null;
        return new Question(id, type, "Label", null, required, options, null, min, max, null, 1);
    }
}
