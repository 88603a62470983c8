package chorus.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardPeriodTest {

    @Test
    void aWholeQuarterOrAWholeYearIsAPeriod() {
        assertEquals(BoardPeriod.Kind.QUARTER, BoardPeriod.of(d("2026-07-01"), d("2026-09-30")).orElseThrow().kind());
        assertEquals(BoardPeriod.Kind.QUARTER, BoardPeriod.of(d("2026-10-01"), d("2026-12-31")).orElseThrow().kind());
        assertEquals(BoardPeriod.Kind.YEAR, BoardPeriod.of(d("2026-01-01"), d("2026-12-31")).orElseThrow().kind());
        assertEquals(BoardPeriod.Kind.YEAR, BoardPeriod.of(d("2026-04-01"), d("2027-03-31")).orElseThrow().kind(),
                "an NHS financial year");
        assertEquals(BoardPeriod.Kind.QUARTER, BoardPeriod.of(d("2028-01-01"), d("2028-03-31")).orElseThrow().kind(), "leap year");
    }

    @Test
    void anythingElseIsRefused() {
        for (String[] bad : new String[][] {{"2026-07-02", "2026-09-30"}, {"2026-07-01", "2026-09-29"}, {"2026-08-01", "2026-10-31"},
                {"2026-07-01", "2027-06-30"}, {"2026-07-01", "2026-07-31"}, {"2026-09-30", "2026-07-01"}}) {
            assertTrue(BoardPeriod.of(d(bad[0]), d(bad[1])).isEmpty(), String.join(" to ", bad));
        }
        assertTrue(BoardPeriod.of(null, d("2026-09-30")).isEmpty());
    }

    @Test
    void theTrendIsTheFourPeriodsBeforeAndThisOne() {
        BoardPeriod q3 = BoardPeriod.of(d("2026-07-01"), d("2026-09-30")).orElseThrow();
        List<BoardPeriod> trend = q3.trend();
        assertEquals(5, trend.size());
        assertEquals(new BoardPeriod(d("2025-07-01"), d("2025-09-30"), BoardPeriod.Kind.QUARTER), trend.get(0));
        assertEquals(q3, trend.get(4));
        assertEquals(new BoardPeriod(d("2026-04-01"), d("2026-06-30"), BoardPeriod.Kind.QUARTER), q3.previous());
        BoardPeriod year = BoardPeriod.of(d("2026-04-01"), d("2027-03-31")).orElseThrow();
        assertEquals(new BoardPeriod(d("2025-04-01"), d("2026-03-31"), BoardPeriod.Kind.YEAR), year.previous());
    }

    @Test
    void theDefaultIsTheLastWholeQuarter() {
        assertEquals(new BoardPeriod(d("2026-07-01"), d("2026-09-30"), BoardPeriod.Kind.QUARTER), BoardPeriod.lastQuarter(d("2026-12-05")));
        assertEquals(new BoardPeriod(d("2025-10-01"), d("2025-12-31"), BoardPeriod.Kind.QUARTER), BoardPeriod.lastQuarter(d("2026-01-01")));
        assertFalse(BoardPeriod.lastQuarter(d("2026-12-05")).ended(d("2026-09-30")));
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
