package chorus.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ptable and what it promises, checked over every cell key rather than by sampling: the noise is
 * small, symmetric and unbiased, and one person more or less is hidden for exactly half of the keys.
 */
class PerturbationTest {

    private static final int LARGEST = 2000;

    @Test
    void everyEntryIsMinusOneZeroOrOneAndEvenCountsAreLeftAlone() {
        for (int n = 0; n <= LARGEST; n++) {
            for (int key = 0; key < Count.KEYS; key++) {
                int p = Perturbation.of(n, key);
                assertTrue(p >= -1 && p <= 1, "p(" + n + ", " + key + ") = " + p);
                if (n % 2 == 0) {
                    assertEquals(0, p);
                }
                assertTrue(n + p >= 0, "never negative");
            }
        }
    }

    @Test
    void forEveryCountTheNoiseIsSymmetricAndAveragesZero() {
        for (int n = 0; n <= LARGEST; n++) {
            int sum = 0;
            int up = 0;
            int down = 0;
            for (int key = 0; key < Count.KEYS; key++) {
                int p = Perturbation.of(n, key);
                sum += p;
                up += p > 0 ? 1 : 0;
                down += p < 0 ? 1 : 0;
            }
            assertEquals(0, sum, "unbiased for " + n);
            assertEquals(up, down, "as likely up as down for " + n);
        }
    }

    /**
     * The guarantee against differencing: a cell gains one record, whose key r nobody can know, on top
     * of records whose keys add up to k, which nobody can know either. Over all (k, r) the published
     * figure stays where it was exactly half of the time, for every count; when it moves, it moves by
     * 2, never by the 1 that would mark a person.
     */
    @Test
    void oneRecordMoreLeavesThePublishedFigureWhereItWasForHalfOfTheKeysAndNeverMovesItByOne() {
        for (int n = 0; n <= LARGEST; n++) {
            int unchanged = 0;
            Set<Integer> moves = new HashSet<>();
            for (int k = 0; k < Count.KEYS; k++) {
                int before = n + Perturbation.of(n, k);
                for (int r = 0; r < Count.KEYS; r++) {
                    int after = n + 1 + Perturbation.of(n + 1, (k + r) % Count.KEYS);
                    moves.add(after - before);
                    unchanged += after == before ? 1 : 0;
                }
            }
            assertEquals(Count.KEYS * Count.KEYS / 2, unchanged, "for a count of " + n);
            assertEquals(Set.of(0, 2), moves, "for a count of " + n);
        }
    }

    @Test
    void aRecordAddedToAnEvenCountIsHiddenForHalfOfItsOwnKeysWhateverTheOthersAre() {
        // So a reader who somehow knew the key of everyone else still could not tell, half of the time.
        for (int n = 0; n <= LARGEST; n += 2) {
            for (int k = 0; k < Count.KEYS; k++) {
                int unchanged = 0;
                for (int r = 0; r < Count.KEYS; r++) {
                    unchanged += n + 1 + Perturbation.of(n + 1, (k + r) % Count.KEYS) == n ? 1 : 0;
                }
                assertEquals(Count.KEYS / 2, unchanged);
            }
        }
    }

    @Test
    void theSameRecordsAlwaysGiveTheSameFigure() {
        Count count = Count.of(17, 99);
        assertEquals(Perturbation.apply(count), Perturbation.apply(Count.of(17, 99)));
        assertEquals(List.of(16, 18), List.of(Perturbation.apply(Count.of(17, 127)), Perturbation.apply(Count.of(17, 128))));
    }

    @Test
    void thereIsNoEntryForANegativeCountOrAKeyOutsideTheTable() {
        assertThrows(IllegalArgumentException.class, () -> Perturbation.of(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> Perturbation.of(3, 256));
        assertThrows(IllegalArgumentException.class, () -> Perturbation.of(3, -1));
    }
}
