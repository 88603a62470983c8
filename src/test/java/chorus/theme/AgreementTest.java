package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final long THEME = 7;

    /**
     * Worked by hand: 50 items, both coders gave the theme to 20, neither to 15, only the first to 10,
     * only the second to 5. Observed agreement (20 + 15) / 50 = 0.7. The first gave it to 30/50 = 0.6,
     * the second to 25/50 = 0.5, so chance agreement is 0.6 × 0.5 + 0.4 × 0.5 = 0.5, and kappa is
     * (0.7 − 0.5) / (1 − 0.5) = 0.4.
     */
    @Test
    void kappaMatchesTheHandComputation() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        add(pairs, 20, Set.of(THEME, 3L), Set.of(THEME));
        add(pairs, 15, Set.of(3L), Set.of());
        add(pairs, 10, Set.of(THEME), Set.of(3L));
        add(pairs, 5, Set.of(), Set.of(THEME));
        Agreement.Kappa kappa = Agreement.kappa(pairs, THEME);
        assertEquals(50, kappa.items());
        assertEquals(20, kappa.both());
        assertEquals(15, kappa.neither());
        assertEquals(10, kappa.firstOnly());
        assertEquals(5, kappa.secondOnly());
        assertEquals(0.4, kappa.kappa(), 1e-12);
    }

    @Test
    void fullAgreementIsOneAndAgreementByChanceAloneIsZero() {
        List<Agreement.Pair> same = new ArrayList<>();
        add(same, 3, Set.of(THEME), Set.of(THEME));
        add(same, 3, Set.of(), Set.of());
        assertEquals(1.0, Agreement.kappa(same, THEME).kappa(), 1e-12);
        // Each coder gives the theme to half the items, independently: observed 0.5 = chance 0.5.
        List<Agreement.Pair> chance = new ArrayList<>();
        add(chance, 1, Set.of(THEME), Set.of(THEME));
        add(chance, 1, Set.of(THEME), Set.of());
        add(chance, 1, Set.of(), Set.of(THEME));
        add(chance, 1, Set.of(), Set.of());
        assertEquals(0.0, Agreement.kappa(chance, THEME).kappa(), 1e-12);
    }

    @Test
    void aThemeNeitherCoderEverGaveHasNoKappa() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        add(pairs, 4, Set.of(3L), Set.of(3L));
        assertFalse(Agreement.kappa(pairs, THEME).defined());
        assertFalse(Agreement.kappa(List.of(), THEME).defined());
    }

    private static void add(List<Agreement.Pair> pairs, int n, Set<Long> first, Set<Long> second) {
        for (int i = 0; i < n; i++) {
            pairs.add(new Agreement.Pair(first, second));
        }
    }
}
