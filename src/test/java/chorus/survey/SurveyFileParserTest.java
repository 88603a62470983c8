package chorus.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey authors edit YAML by hand: every problem must say which file, which line and what to do. */
class SurveyFileParserTest {

    private static final String FILE = "surveys/test.yml";
    private static final String HEADER = """
            id: test
            version: 1
            audience: service-users
            title: A test survey
            pages:
            """;

    @TempDir
    Path folder;

    @Test
    void everyQuestionTypeParses() throws IOException {
        Survey survey = parse(HEADER + """
                  - id: all
                    title: Every type
                    questions:
                      - id: single
                        type: single_choice
                        label: One answer
                        required: true
                        options:
                          - value: a
                            label: A
                          - value: b
                            label: B
                      - id: multiple
                        type: multiple_choice
                        label: Many answers
                        options:
                          - value: x
                            label: X
                          - value: "y"
                            label: "Y"
                      - id: agreement
                        type: agreement
                        label: Agree?
                      - id: fft
                        type: fft
                        label: Overall?
                      - id: short
                        type: short_text
                        label: Short
                        max_length: 60
                      - id: long
                        type: long_text
                        label: Long
                        hint: Say more
                      - id: number
                        type: number
                        label: How many?
                        min: 0
                        max: 20
                      - id: yes_no
                        type: yes_no
                        label: Yes or no?
                      - id: ethnicity
                        type: ethnicity
                        label: Ethnic group
                      - id: postcode
                        type: postcode_district
                        label: Postcode district
                      - id: consent
                        type: consent
                        label: I agree
                """);

        assertNotNull(survey);
        List<Question> questions = survey.questions().toList();
        assertEquals(List.of(QuestionType.values()), questions.stream().map(Question::type).toList());
        assertEquals(List.of("a", "b"), questions.get(0).optionValues());
        assertTrue(questions.get(0).required());
        assertEquals(List.of("x", "y"), questions.get(1).optionValues(), "\"y\" stays text, not a YAML 1.1 boolean");
        assertEquals(QuestionType.AGREEMENT.presetValues(), questions.get(2).optionValues());
        assertEquals(QuestionType.FFT.presetValues(), questions.get(3).optionValues());
        assertEquals(60, questions.get(4).textLimit());
        assertEquals(Question.DEFAULT_LONG_TEXT_LENGTH, questions.get(5).textLimit());
        assertEquals("Say more", questions.get(5).hint());
        assertEquals(0, questions.get(6).min());
        assertEquals(20, questions.get(6).max());
        assertEquals(List.of("yes", "no"), questions.get(7).optionValues());
        assertEquals(EthnicCategory.codes(), questions.get(8).optionValues());
        assertEquals(List.of("consent"), questions.get(10).optionValues());
        assertEquals(9, questions.get(0).line());
    }

    @Test
    void invalidYamlNamesTheLine() {
        assertProblems(HEADER + """
                  - id: one
                    title: "Unclosed
                    questions: []
                """, List.of("surveys/test.yml, line 9: not valid YAML (found unexpected end of stream, while scanning a quoted scalar"
                + " that starts on line 7)"));
    }

    @Test
    void unknownFieldNamesTheFieldAndWhatIsAllowed() {
        assertProblems(HEADER + """
                  - id: one
                    title: One
                    questions:
                      - id: q
                        type: short_text
                        lable: Typo
                """, List.of("surveys/test.yml, line 11: unknown question field \"lable\"; allowed: hint, id, label, max, max_length,"
                        + " min, options, required, show_if, type",
                "surveys/test.yml, line 9: question \"q\" needs \"label\" text"));
    }

    @Test
    void unknownTypeListsTheTypes() {
        assertProblems(HEADER + page("one", """
                      - id: q
                        type: dropdown
                        label: Pick
                """), List.of("surveys/test.yml, line 10: question \"q\" has unknown type \"dropdown\"; use one of: "
                + QuestionType.fileNames()));
    }

    @Test
    void duplicateQuestionIdIsRefusedEvenOnAnotherPage() {
        assertProblems(HEADER + page("one", shortText("q", "First")) + page("two", shortText("q", "Second")),
                List.of("surveys/test.yml, line 15: question id \"q\" is used twice"));
    }

    @Test
    void duplicatePageIdIsRefused() {
        assertProblems(HEADER + page("one", shortText("a", "First")) + page("one", shortText("b", "Second")),
                List.of("surveys/test.yml, line 12: page id \"one\" is used twice"));
    }

    @Test
    void choiceNeedsAtLeastTwoOptions() {
        assertProblems(HEADER + page("one", """
                      - id: q
                        type: single_choice
                        label: Pick
                        options:
                          - value: only
                            label: The only answer
                """), List.of("surveys/test.yml, line 13: question \"q\" needs at least two options"));
    }

    @Test
    void numberNeedsMinAndMax() {
        assertProblems(HEADER + page("one", """
                      - id: q
                        type: number
                        label: How many?
                """), List.of("surveys/test.yml, line 10: question \"q\" is a number question: give whole numbers \"min\" and"
                + " \"max\", with min no more than max"));
        assertProblems(HEADER + page("one", """
                      - id: q
                        type: number
                        label: How many?
                        min: 3
                """), List.of("surveys/test.yml, line 12: question \"q\" is a number question: give whole numbers \"min\" and"
                + " \"max\", with min no more than max"));
    }

    @Test
    void showIfMustNameAQuestionOnAnEarlierPage() {
        assertProblems(HEADER + page("one", yesNo("a") + """
                      - id: b
                        type: short_text
                        label: Tell us more
                        show_if:
                          question: a
                          any_of: ["yes"]
                """), List.of("surveys/test.yml, line 16: \"show_if\" of question \"b\" must name a question on an earlier page"
                + " in \"question\""));
        assertProblems(HEADER + """
                  - id: one
                    title: One
                    show_if:
                      question: later
                      any_of: ["yes"]
                    questions:
                """ + yesNo("a") + page("two", yesNo("later")),
                List.of("surveys/test.yml, line 9: \"show_if\" of page \"one\" must name a question on an earlier page"
                        + " in \"question\""));
    }

    @Test
    void showIfValueMustBeAnAnswerOfThatQuestion() {
        assertProblems(HEADER + page("one", yesNo("a")) + """
                  - id: two
                    title: Two
                    show_if:
                      question: a
                      any_of: ["yes", "maybe"]
                    questions:
                """ + shortText("b", "More"), List.of("surveys/test.yml, line 16: \"show_if\" of page \"two\" uses \"maybe\","
                + " which is not an answer of question \"a\""));
    }

    @Test
    void badIdsAreRefused() {
        assertProblems("""
                id: Test Survey
                version: 1
                audience: service-users
                title: A test survey
                pages:
                """ + page("Page One", shortText("q-1", "Fine") + shortText("q.2", "Bad")),
                List.of("surveys/test.yml, line 1: give the survey an \"id\" of lower-case letters, digits, - and _ (at most 64)",
                        "surveys/test.yml, line 6: give the page an \"id\" of lower-case letters, digits, - and _ (at most 64)",
                        "surveys/test.yml, line 12: give the question an \"id\" of lower-case letters, digits, - and _ (at most 64)"));
    }

    @Test
    void aBadIdIsReportedOnceAndLaterMessagesDoNotNameIt() {
        assertProblems(HEADER + page("Bad", shortText("Bad", "First")) + page("Bad", """
                      - id: Bad
                        type: short_text
                """), List.of("surveys/test.yml, line 6: give the page an \"id\"",
                "surveys/test.yml, line 9: give the question an \"id\"",
                "surveys/test.yml, line 12: give the page an \"id\"",
                "surveys/test.yml, line 15: give the question an \"id\"",
                "surveys/test.yml, line 15: a question needs \"label\" text"));
    }

    @Test
    void missingTitlesAreRefused() {
        assertProblems("""
                id: test
                version: 1
                audience: service-users
                pages:
                  - id: one
                    questions:
                """ + shortText("q", "Question"),
                List.of("surveys/test.yml, line 1: survey needs \"title\" text",
                        "surveys/test.yml, line 5: page \"one\" needs \"title\" text"));
    }

    private static String page(String id, String questions) {
        return "  - id: " + id + "\n    title: Page " + id + "\n    questions:\n" + questions;
    }

    private static String shortText(String id, String label) {
        return "      - id: " + id + "\n        type: short_text\n        label: " + label + "\n";
    }

    private static String yesNo(String id) {
        return "      - id: " + id + "\n        type: yes_no\n        label: Yes or no?\n";
    }

    private void assertProblems(String yaml, List<String> expected) {
        List<String> problems = new ArrayList<>();
        assertNull(parse(yaml, problems), "a survey with problems is not used");
        assertEquals(expected.size(), problems.size(), "problems: " + problems);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(problems.get(i).startsWith(expected.get(i)), "expected\n  " + expected.get(i) + "\nbut got\n  " + problems);
        }
    }

    private Survey parse(String yaml) {
        List<String> problems = new ArrayList<>();
        Survey survey = parse(yaml, problems);
        assertEquals(List.of(), problems);
        return survey;
    }

    private Survey parse(String yaml, List<String> problems) {
        try {
            Path file = folder.resolve("test.yml");
            Files.writeString(file, yaml);
            return SurveyFileParser.parse(file, FILE, problems);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
