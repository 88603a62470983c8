package chorus.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Record keys: stable for a record, unknown without the secret, spread evenly over 0 to 255. */
class RecordKeysTest {

    static RecordKeys keys(long seed) {
        byte[] secret = new byte[32];
        new Random(seed).nextBytes(secret);
        return new RecordKeys(secret);
    }

    @Test
    void aRecordAlwaysHasTheSameKeyUnderTheSameSecret() {
        assertEquals(keys(1).record("r:123"), keys(1).record("r:123"));
        assertEquals(keys(1).units("t:42:M", 7), keys(1).units("t:42:M", 7));
    }

    @Test
    void anotherSecretGivesOtherKeys() {
        RecordKeys one = keys(1);
        RecordKeys two = keys(2);
        int same = 0;
        for (int i = 0; i < 1000; i++) {
            same += one.key("r:" + i) == two.key("r:" + i) ? 1 : 0;
        }
        // About 4 in 1000 by chance; far more would mean the secret barely matters.
        assertTrue(same < 20, same + " of 1000 keys are the same under two secrets");
    }

    @Test
    void keysAreSpreadEvenlyOverTheTable() {
        RecordKeys keys = keys(3);
        int[] records = new int[Count.KEYS];
        int[] units = new int[Count.KEYS];
        for (int i = 0; i < Count.KEYS * 200; i++) {
            records[keys.key("r:" + i)]++;
            Count before = keys.units("t:" + (i / 50) + ":A", i % 50);
            Count after = keys.units("t:" + (i / 50) + ":A", i % 50 + 1);
            units[after.minus(before).key()]++;
        }
        // 200 expected in each; a chi-square with 255 degrees of freedom beyond 350 has a chance under 1e-4.
        assertTrue(chiSquare(records, 200) < 350, "record keys: chi-square " + chiSquare(records, 200));
        assertTrue(chiSquare(units, 200) < 350, "unit keys: chi-square " + chiSquare(units, 200));
    }

    @Test
    void severalRecordsHaveTheSumOfTheirKeys() {
        RecordKeys keys = keys(4);
        Count together = keys.records(List.of("r:1", "r:2", "s:abc"));
        assertEquals(keys.record("r:1").plus(keys.record("r:2")).plus(keys.record("s:abc")), together);
        assertEquals(3, together.size());
        assertEquals(Count.NONE, keys.records(List.of()));
        assertThrows(IllegalArgumentException.class, () -> keys.records(List.of("r:1", "r:1")));
    }

    @Test
    void unitsGrowOneAtATimeAndKeepTheKeysOfThoseBefore() {
        RecordKeys keys = keys(5);
        List<Count> added = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            added.add(keys.units("t:9:N", n).minus(keys.units("t:9:N", n - 1)));
        }
        Count sum = Count.NONE;
        for (Count unit : added) {
            assertEquals(1, unit.size());
            sum = sum.plus(unit);
        }
        assertEquals(keys.units("t:9:N", 30), sum);
        assertEquals(Count.NONE, keys.units("t:9:N", 0));
        assertNotEquals(keys.units("t:9:N", 30), keys.units("t:9:M", 30), "another tally line, other units");
        assertThrows(IllegalArgumentException.class, () -> keys.units("t:9:N", -1));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RecordKeys(new byte[16]));
    }

    private static double chiSquare(int[] observed, double expected) {
        double sum = 0;
        for (int o : observed) {
            sum += (o - expected) * (o - expected) / expected;
        }
        return sum;
    }
}
