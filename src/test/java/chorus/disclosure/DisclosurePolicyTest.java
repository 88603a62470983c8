package chorus.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosurePolicyTest {

    @Test
    void staffAndServiceUserDefaultsAreElevenAndFive() {
        assertEquals(new DisclosurePolicy(11, false), DisclosurePolicy.staff());
        assertEquals(new DisclosurePolicy(5, false), DisclosurePolicy.serviceUsers());
    }

    @Test
    void aMinimumBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DisclosurePolicy(0, false));
    }

    @ParameterizedTest(name = "{0} is published as {1}")
    @CsvSource({"0,0", "1,5", "2,5", "5,5", "7,5", "8,10", "10,10", "12,10", "13,15", "17,15", "18,20", "1003,1005",
            "1002,1000"})
    void roundsAsNhsDigitalDoes(int count, int published) {
        assertEquals(published, DisclosurePolicy.roundToFive(count));
        assertEquals(published, DisclosurePolicy.staff().roundingToFive().shown(count));
    }

    @Test
    void withoutRoundingPerturbedCountsAreShownAsTheyAre() {
        assertEquals(14, DisclosurePolicy.staff().shown(14));
    }

    @Test
    void aNegativeCountCannotBeRounded() {
        assertThrows(IllegalArgumentException.class, () -> DisclosurePolicy.roundToFive(-1));
    }

    @ParameterizedTest(name = "a group of {0} against a minimum of 11: too small {1}")
    @CsvSource({"0,false", "1,true", "10,true", "11,false", "12,false"})
    void tooSmallMeansMoreThanNoneButBelowTheMinimum(int count, boolean tooSmall) {
        assertEquals(tooSmall, DisclosurePolicy.staff().isTooSmall(count));
    }

    @ParameterizedTest(name = "{0} records published as {1}, against a minimum of 11: hidden {2}")
    @CsvSource({"0,0,false", "1,0,false", "1,2,true", "9,10,true", "10,10,true", "10,11,true", "11,10,true",
            "11,12,false", "12,12,false", "12,11,false"})
    void aGroupIsHiddenWhenItOrItsPerturbedFigureIsBelowTheMinimumButZeroIsShown(int records, int perturbed,
                                                                                  boolean hidden) {
        assertEquals(hidden, DisclosurePolicy.staff().hides(records, perturbed));
    }

    @Test
    void quotesNeedAGroupOfAtLeastTheMinimum() {
        assertFalse(DisclosureControl.allowsQuotes(10, DisclosurePolicy.staff()));
        assertTrue(DisclosureControl.allowsQuotes(11, DisclosurePolicy.staff()));
        assertTrue(DisclosureControl.allowsQuotes(12, DisclosurePolicy.staff()));
        assertFalse(DisclosureControl.allowsQuotes(4, DisclosurePolicy.serviceUsers()));
        assertTrue(DisclosureControl.allowsQuotes(5, DisclosurePolicy.serviceUsers()));
    }

    @Test
    void theApplicationReadsDefaultsAndOverridesFromConfiguration() {
        try (ApplicationContext context = ApplicationContext.run()) {
            DisclosurePolicies policies = context.getBean(DisclosurePolicies.class);
            assertEquals(DisclosurePolicy.staff(), policies.staff());
            assertEquals(DisclosurePolicy.serviceUsers(), policies.serviceUsers());
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("chorus.disclosure.staff-minimum", 20,
                "chorus.disclosure.service-user-minimum", 10, "chorus.disclosure.round-to-five", true))) {
            DisclosurePolicies policies = context.getBean(DisclosurePolicies.class);
            assertEquals(new DisclosurePolicy(20, true), policies.staff());
            assertEquals(new DisclosurePolicy(10, true), policies.serviceUsers());
        }
    }
}
