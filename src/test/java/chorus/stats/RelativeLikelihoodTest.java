package chorus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelativeLikelihoodTest {

    @Test
    void theWresWorkedExampleGivesThreePointTwoOne() {
        // DOMAIN.md: White 46.99% appointed from shortlisting ÷ BME 14.65% = 3.21 (0.4699 / 0.1465 = 3.2075).
        double likelihood = RelativeLikelihood.of(4699, 10_000, 1465, 10_000).orElseThrow();
        assertEquals(3.21, Math.round(likelihood * 100) / 100.0);
        assertEquals(3.2075, likelihood, 1e-4);
    }

    @Test
    void equalRatesGiveOne() {
        // 10/40 = 0.25 and 30/120 = 0.25.
        assertEquals(1.0, RelativeLikelihood.of(10, 40, 30, 120).orElseThrow(), 1e-12);
    }

    @Test
    void itIsTheRatioOfRatesNotOfCounts() {
        // (12/20 = 0.6) ÷ (30/100 = 0.3) = 2.0, though the second group had more events.
        assertEquals(2.0, RelativeLikelihood.of(12, 20, 30, 100).orElseThrow(), 1e-12);
    }

    @Test
    void noRatioWhenABaseIsEmptyOrTheSecondGroupHadNoEvents() {
        assertTrue(RelativeLikelihood.of(5, 10, 0, 10).isEmpty());
        assertTrue(RelativeLikelihood.of(0, 0, 3, 10).isEmpty());
        assertTrue(RelativeLikelihood.of(3, 10, 0, 0).isEmpty());
        assertEquals(0.0, RelativeLikelihood.of(0, 10, 3, 10).orElseThrow());
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RelativeLikelihood.of(11, 10, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> RelativeLikelihood.of(1, 10, -1, 10));
    }
}
