package chorus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Expected values worked by hand from the Wilson formula,
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), and checked against Newcombe (1998) table I,
 * which gives 0.4902–0.9433 for 8/10 and 0–0.2775 for 0/10.
 */
class ProportionsTest {

    private static final double CLOSE = 1e-4;

    @Test
    void eightOfTen() {
        // p = 0.8, z² = 3.8416, 1 + z²/n = 1.38416; centre 0.99208 / 1.38416 = 0.71674;
        // half 1.96 · √(0.016 + 0.009604) / 1.38416 = 0.22658.
        Interval interval = Proportions.wilson(8, 10);
        assertEquals(0.4902, interval.lower(), CLOSE);
        assertEquals(0.9433, interval.upper(), CLOSE);
    }

    @Test
    void noneOfTenStillHasAnUpperBound() {
        // p = 0: centre = half = 0.38416 / 2 / 1.38416 = 0.13877, so 0 to 0.27754.
        Interval interval = Proportions.wilson(0, 10);
        assertEquals(0.0, interval.lower());
        assertEquals(0.2775, interval.upper(), CLOSE);
    }

    @Test
    void allOfTenMirrorsNoneOfTen() {
        Interval interval = Proportions.wilson(10, 10);
        assertEquals(0.7225, interval.lower(), CLOSE);
        assertEquals(1.0, interval.upper());
    }

    @Test
    void aWiderZGivesAWiderInterval() {
        // 30 of 200, z = 2.576 (99%): p = 0.15, z²/n = 0.033178; centre (0.15 + 0.016589) / 1.033178 = 0.16124;
        // half 2.576 · √(0.0006375 + 0.00004148) / 1.033178 = 0.064968.
        Interval interval = Proportions.wilson(30, 200, 2.576);
        assertEquals(0.0963, interval.lower(), CLOSE);
        assertEquals(0.2262, interval.upper(), CLOSE);
    }

    @Test
    void anEmptyGroupOrImpossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(11, 10));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(1, 10, 0));
    }

    /** Newcombe (1998) table II, method 10: 56/70 − 48/80 and 9/10 − 3/10. */
    @Test
    void differenceOfTwoSharesByNewcombesHybridScoreMethod() {
        Interval first = Proportions.difference(56, 70, 48, 80);
        assertEquals(0.0524, first.lower(), CLOSE);
        assertEquals(0.3339, first.upper(), CLOSE);
        Interval second = Proportions.difference(9, 10, 3, 10);
        assertEquals(0.1705, second.lower(), CLOSE);
        assertEquals(0.8090, second.upper(), CLOSE);
    }

    @Test
    void theDifferenceTheOtherWayRoundIsTheSameIntervalMirrored() {
        Interval ab = Proportions.difference(12, 30, 20, 25);
        Interval ba = Proportions.difference(20, 25, 12, 30);
        assertEquals(-ab.upper(), ba.lower(), 1e-12);
        assertEquals(-ab.lower(), ba.upper(), 1e-12);
    }
}
