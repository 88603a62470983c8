package chorus.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.survey.Survey;
import chorus.survey.SurveyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shares the results report publishes, read from the shipped survey and its results.yml, without a server. */
class MeasuresTest {

    private static final Path SURVEYS = Path.of("surveys");

    private static Survey maternity() {
        List<String> problems = new ArrayList<>();
        Survey survey = SurveyFiles.latestOfEach(SurveyFiles.read(SURVEYS, problems)).stream()
                .filter(s -> s.id().equals("maternity-experience")).findFirst().orElseThrow();
        assertEquals(List.of(), problems, "results.yml is not read as a survey version");
        return survey;
    }

    private static Reading shipped(Survey survey, List<String> problems) throws IOException {
        return Reading.parse(Files.readString(SURVEYS.resolve("maternity-experience/results.yml")), "results.yml", survey, problems);
    }

    @Test
    void theShippedReadingPutsTheHeadlineMeasuresFirstAndCountsEachTypeItsOwnWay() throws IOException {
        Survey survey = maternity();
        List<String> problems = new ArrayList<>();
        List<Measure> measures = Measures.of(survey, shipped(survey, problems));
        assertEquals(List.of(), problems);
        assertEquals(List.of("fft", "antenatal_listened", "birth_respect", "interpreter_provided"),
                measures.stream().filter(Measure::headline).map(Measure::id).toList());
        Measure fft = measures.get(0);
        assertEquals(Set.of("very_good", "good"), fft.counted());
        assertEquals(Set.of(), fft.excluded(), "don't know counts in the FFT total, as NHS England counts it");
        Measure listened = measures.get(1);
        assertEquals(Set.of("strongly_agree", "agree"), listened.counted());
        assertEquals(Set.of("not_applicable"), listened.excluded());
        Measure family = measures.stream().filter(m -> m.questionId().equals("interpreter_family")).findFirst().orElseThrow();
        assertEquals(Set.of("no"), family.counted(), "not being asked to use family to interpret is the good answer");
        Measure feeding = measures.stream().filter(m -> m.questionId().equals("feeding_support")).findFirst().orElseThrow();
        assertEquals(Set.of("not_needed"), feeding.excluded());
        assertEquals(List.of("online_access--own_smartphone", "online_access--computer_tablet", "online_access--shared_device",
                        "online_access--not_online"),
                measures.stream().filter(m -> m.questionId().equals("online_access")).map(Measure::id).toList(),
                "a choice question without positive answers gets a share per option");
        assertTrue(measures.stream().noneMatch(m -> Set.of("ethnicity", "age_band", "postcode_district", "consent", "went_well",
                "booking_weeks").contains(m.questionId())), "breakdowns, text, numbers and consent are not results");
    }

    @Test
    void mistakesInTheReadingNameTheFileAndWhatToFix() {
        Survey survey = maternity();
        List<String> problems = new ArrayList<>();
        Reading reading = Reading.parse("""
                headline: [fft, went_well, nothing_here]
                positive:
                  interpreter_family: [maybe]
                age_band:
                  question: age_band
                  reference: "99"
                colour: blue
                """, "surveys/maternity-experience/results.yml", survey, problems);
        assertEquals(Reading.NONE, reading);
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("surveys/maternity-experience/results.yml: ")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"went_well\", which has no answers to count")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"nothing_here\", which is not a question")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"maybe\" is not an answer of question \"interpreter_family\"")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"99\" is not an answer of question \"age_band\"")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown field \"colour\"")));
    }

    @Test
    void withoutAReadingEveryClosedQuestionIsCountedByItsType() {
        Survey survey = maternity();
        List<Measure> measures = Measures.of(survey, Reading.NONE);
        assertTrue(measures.stream().noneMatch(Measure::headline));
        assertEquals(Set.of("yes"), measures.stream().filter(m -> m.questionId().equals("interpreter_family")).findFirst()
                .orElseThrow().counted());
        assertTrue(measures.stream().anyMatch(m -> m.id().equals("age_band--30_34")), "age band is a question like any other");
    }

    @Test
    void ethnicCategoriesFallIntoTheReportsGroups() {
        assertEquals("white_british", ResultsReport.ethnicRow("A"));
        assertEquals("white_other", ResultsReport.ethnicRow("B"));
        assertEquals("white_other", ResultsReport.ethnicRow("C"));
        assertEquals("mixed", ResultsReport.ethnicRow("D"));
        assertEquals("asian", ResultsReport.ethnicRow("K"));
        assertEquals("black", ResultsReport.ethnicRow("P"));
        assertEquals("other", ResultsReport.ethnicRow("R"));
        assertEquals(ResultsReport.NOT_GIVEN, ResultsReport.ethnicRow("Z"));
        assertEquals(ResultsReport.NOT_GIVEN, ResultsReport.ethnicRow(null));
        assertEquals(ResultsReport.NOT_GIVEN, ResultsReport.ethnicRow("Q"));
    }
}
