package chorus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepresentationTest {

    private static final double CLOSE = 1e-4;

    @Test
    void aGroupHeardMoreThanItsShare() {
        // 30 of 200 answers (15%) from a group that is 10% of births: ratio 1.5. Wilson 95% for 30/200:
        // centre (0.15 + 0.009604) / 1.019208 = 0.156596, half 1.96 · √(0.0006375 + 0.00002401) / 1.019208 = 0.049461,
        // so 0.10714 to 0.20606; divided by 0.10 gives 1.0714 to 2.0606.
        Representation heard = Representation.of(30, 200, 0.10).orElseThrow();
        assertEquals(1.5, heard.ratio(), 1e-12);
        assertEquals(1.0714, heard.interval().lower(), CLOSE);
        assertEquals(2.0606, heard.interval().upper(), CLOSE);
    }

    @Test
    void aGroupNotHeardAtAll() {
        // 0 of 10 answers from a group that is 20% of births: ratio 0, upper 0.27754 / 0.2 = 1.3877.
        Representation heard = Representation.of(0, 10, 0.20).orElseThrow();
        assertEquals(0.0, heard.ratio());
        assertEquals(0.0, heard.interval().lower());
        assertEquals(1.3877, heard.interval().upper(), CLOSE);
    }

    @Test
    void nothingToSayWhenNobodyAnswered() {
        assertTrue(Representation.of(0, 0, 0.2).isEmpty());
    }

    @Test
    void aPopulationShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Representation.of(3, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> Representation.of(3, 10, 1.2));
        assertThrows(IllegalArgumentException.class, () -> Representation.of(3, 10, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Representation.of(11, 10, 0.5));
    }
}
