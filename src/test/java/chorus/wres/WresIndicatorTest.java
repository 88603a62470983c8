package chorus.wres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.RecordKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who counts in each indicator, and the "Don't know" setting of WRES 7 both ways. The groups are of
 * even sizes with even numbers agreeing, which the cell key method publishes as they are, so the
 * percentages can be worked by hand; WresReportTest checks odd ones through the perturbation.
 */
class WresIndicatorTest {

    private static final RecordKeys KEYS = new RecordKeys(new byte[32]);

    @Test
    void harassmentCountsAtLeastOnceAndLeavesOutTheUnanswered() {
        assertEquals(Optional.of(true), WresIndicator.HARASSMENT_PUBLIC.outcome(Map.of("harassment_public", "1_2"), false));
        assertEquals(Optional.of(false), WresIndicator.HARASSMENT_PUBLIC.outcome(Map.of("harassment_public", "never"), false));
        assertEquals(Optional.empty(), WresIndicator.HARASSMENT_PUBLIC.outcome(Map.of(), false));
        assertEquals(Optional.of(true), WresIndicator.HARASSMENT_STAFF.outcome(
                Map.of("harassment_manager", "never", "harassment_colleagues", "more_than_10"), false));
        assertEquals(Optional.of(false), WresIndicator.HARASSMENT_STAFF.outcome(Map.of("harassment_manager", "never"), false));
        assertEquals(Optional.empty(), WresIndicator.HARASSMENT_STAFF.outcome(Map.of("harassment_public", "1_2"), false));
        assertEquals(Optional.of(true), WresIndicator.DISCRIMINATION.outcome(Map.of("discrimination_colleagues", "yes"), false));
        assertEquals(Optional.empty(), WresIndicator.DISCRIMINATION.outcome(Map.of("discrimination_public", "yes"), false));
    }

    @Test
    void dontKnowIsLeftOutByDefaultAndCountsAsNotBelievingWhenConfigured() {
        Map<String, String> dontKnow = Map.of("career_progression", "dont_know");
        assertEquals(Optional.empty(), WresIndicator.CAREER_PROGRESSION.outcome(dontKnow, false));
        assertEquals(Optional.of(false), WresIndicator.CAREER_PROGRESSION.outcome(dontKnow, true));

        // White: 14 yes, 4 no, 2 don't know; BME: 8 yes, 8 no, 4 don't know (all at one trust).
        List<Respondent> staff = new ArrayList<>();
        add(staff, 14, Respondent.Ethnicity.WHITE, "yes");
        add(staff, 4, Respondent.Ethnicity.WHITE, "no");
        add(staff, 2, Respondent.Ethnicity.WHITE, "dont_know");
        add(staff, 8, Respondent.Ethnicity.BME, "yes");
        add(staff, 8, Respondent.Ethnicity.BME, "no");
        add(staff, 4, Respondent.Ethnicity.BME, "dont_know");

        // Left out: White 14 / 18 = 77.8%, BME 8 / 16 = 50.0%.
        WresBreakdown without = WresBreakdown.of(List.of("one"), r -> "one", staff, WresIndicator.CAREER_PROGRESSION,
                false, DisclosurePolicy.staff());
        assertEquals(18, without.group(0, WresBreakdown.WHITE).count());
        assertEquals(77.78, without.group(0, WresBreakdown.WHITE).percent(), 0.005);
        assertEquals(50.0, without.group(0, WresBreakdown.BME).percent(), 1e-9);
        // Kept in: White 14 / 20 = 70.0%, BME 8 / 20 = 40.0%.
        WresBreakdown with = WresBreakdown.of(List.of("one"), r -> "one", staff, WresIndicator.CAREER_PROGRESSION,
                true, DisclosurePolicy.staff());
        assertEquals(20, with.group(0, WresBreakdown.WHITE).count());
        assertEquals(70.0, with.group(0, WresBreakdown.WHITE).percent(), 1e-9);
        assertEquals(40.0, with.group(0, WresBreakdown.BME).percent(), 1e-9);
    }

    @Test
    void aHiddenNumberHasNoPercentageOrInterval() {
        List<Respondent> staff = new ArrayList<>();
        add(staff, 30, Respondent.Ethnicity.WHITE, "yes");
        add(staff, 10, Respondent.Ethnicity.BME, "yes");
        WresBreakdown figures = WresBreakdown.of(List.of("one"), r -> "one", staff, WresIndicator.CAREER_PROGRESSION,
                false, DisclosurePolicy.staff());

        WresBreakdown.Group bme = figures.group(0, WresBreakdown.BME);
        assertTrue(!bme.n().isShown());
        assertNull(bme.percent());
        assertNull(bme.interval());
        assertTrue(figures.group(0, WresBreakdown.WHITE).n().isShown(), "White stays: the indicators exist for it");
        assertTrue(!figures.total(0).isShown(), "the total is hidden instead: 40 - 30 would give 10");
    }

    @Test
    void wresGroupsEthnicCategories() {
        assertEquals(Respondent.Ethnicity.WHITE, Respondent.Ethnicity.of("C"));
        assertEquals(Respondent.Ethnicity.BME, Respondent.Ethnicity.of("D"));
        assertEquals(Respondent.Ethnicity.BME, Respondent.Ethnicity.of("S"));
        assertEquals(Respondent.Ethnicity.UNKNOWN, Respondent.Ethnicity.of("Z"));
        assertEquals(Respondent.Ethnicity.UNKNOWN, Respondent.Ethnicity.of(null));
    }

    private static void add(List<Respondent> staff, int count, Respondent.Ethnicity ethnicity, String career) {
        for (int i = 0; i < count; i++) {
            staff.add(new Respondent(KEYS.record("s:" + staff.size()), 1L, ethnicity, "midwife", Map.of("career_progression", career)));
        }
    }
}
