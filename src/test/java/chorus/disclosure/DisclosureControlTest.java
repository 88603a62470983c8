package chorus.disclosure;

import static chorus.disclosure.Cell.Reason.BELOW_MINIMUM;
import static chorus.disclosure.Cell.Reason.PROTECTS_ANOTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which figures a report may show. Hand-worked cases; DisclosurePropertyTest checks random ones. */
class DisclosureControlTest {

    private static final DisclosurePolicy STAFF = DisclosurePolicy.staff();

    @ParameterizedTest(name = "a category of {0} against a minimum of 11 is hidden: {1}")
    @CsvSource({"10,true", "11,false", "12,false"})
    void aCategoryBelowTheMinimumIsHiddenAndOneAtItIsShown(int count, boolean hidden) {
        ProtectedBreakdown published = DisclosureControl.protect(List.of(count, 30, 40), STAFF);
        assertEquals(!hidden, published.categories().get(0).isShown());
        if (hidden) {
            assertEquals(new Cell.Suppressed(BELOW_MINIMUM, 11), published.categories().get(0));
        } else {
            assertEquals(count, ((Cell.Shown) published.categories().get(0)).count());
        }
    }

    @Test
    void oneSmallCategoryHidesTheNextSmallestSoItCannotBeWorkedOutFromTheTotal() {
        ProtectedBreakdown published = DisclosureControl.protect(List.of(40, 3, 25, 20), STAFF);
        assertEquals(List.of(shown(40, 40 * 100.0 / 88), hidden(BELOW_MINIMUM), shown(25, 25 * 100.0 / 88),
                hidden(PROTECTS_ANOTHER)), published.categories());
        assertEquals(shown(88, 100.0), published.total());
    }

    @Test
    void twoSmallCategoriesProtectEachOther() {
        ProtectedBreakdown published = DisclosureControl.protect(List.of(3, 4, 50), STAFF);
        assertEquals(List.of(hidden(BELOW_MINIMUM), hidden(BELOW_MINIMUM), shown(50, 50 * 100.0 / 57)),
                published.categories());
        assertEquals(shown(57, 100.0), published.total());
    }

    @Test
    void aTrueZeroIsShownAndNeedsNoPartner() {
        ProtectedBreakdown published = DisclosureControl.protect(List.of(0, 30, 40), STAFF);
        assertEquals(List.of(shown(0, 0.0), shown(30, 30 * 100.0 / 70), shown(40, 40 * 100.0 / 70)),
                published.categories());
    }

    @Test
    void aZeroIsNotUsedToProtectASmallCount() {
        // The 3 needs a partner; hiding the 0 would protect nothing (it cannot go lower), so the 25 goes.
        ProtectedBreakdown published = DisclosureControl.protect(List.of(0, 3, 25, 40), STAFF);
        assertEquals(List.of(shown(0, 0.0), hidden(BELOW_MINIMUM), hidden(PROTECTS_ANOTHER), shown(40, 40 * 100.0 / 68)),
                published.categories());
    }

    @Test
    void aTotalBelowTheMinimumIsHiddenWithEverythingInIt() {
        ProtectedBreakdown published = DisclosureControl.protect(List.of(0, 0, 6), STAFF);
        assertEquals(List.of(shown(0, null), shown(0, null), hidden(BELOW_MINIMUM)), published.categories());
        assertEquals(hidden(BELOW_MINIMUM), published.total());
    }

    @Test
    void nothingAtAllIsShownAsZeros() {
        ProtectedBreakdown published = DisclosureControl.protect(List.of(0, 0), STAFF);
        assertEquals(List.of(shown(0, null), shown(0, null)), published.categories());
        assertEquals(shown(0, null), published.total());
    }

    @Test
    void aHiddenFigureReadsFewerThanTheMinimumFromTheInterfaceText() {
        Cell.Suppressed staff = (Cell.Suppressed) DisclosureControl.protect(List.of(2, 3, 40), STAFF).categories().get(0);
        assertEquals("disclosure.fewer_than", staff.textKey());
        assertEquals(Map.of("n", 11), staff.textArgs());
        Cell.Suppressed serviceUsers = (Cell.Suppressed) DisclosureControl
                .protect(List.of(2, 3, 40), DisclosurePolicy.serviceUsers()).categories().get(0);
        assertEquals(Map.of("n", 5), serviceUsers.textArgs());
        Cell.Suppressed partner = (Cell.Suppressed) DisclosureControl.protect(List.of(40, 3, 25), STAFF)
                .categories().get(2);
        assertEquals(PROTECTS_ANOTHER, partner.reason());
        assertEquals("disclosure.fewer_than", partner.textKey(), "hidden partners read the same, or the pair gives itself away");
        assertEquals(Map.of("n", 11), partner.textArgs());
    }

    @Test
    void roundedCountsGivePercentagesOfTheRoundedTotal() {
        // 8 + 13 + 1003 = 1024; published as 10, 15, 1005 and 1025 (the total is rounded on its own).
        ProtectedBreakdown published = DisclosureControl.protect(List.of(8, 13, 1003),
                DisclosurePolicy.serviceUsers().roundingToFive());
        assertEquals(List.of(shown(10, 1000.0 / 1025), shown(15, 1500.0 / 1025), shown(1005, 100500.0 / 1025)),
                published.categories());
        assertEquals(shown(1025, 100.0), published.total());
    }

    @Test
    void smallCountsRoundToFiveOnlyWhenTheMinimumAllowsThem() {
        ProtectedBreakdown published = DisclosureControl.protect(List.of(0, 1, 7, 12, 30),
                new DisclosurePolicy(1, true));
        assertEquals(List.of(0, 5, 5, 10, 30), published.categories().stream().map(c -> ((Cell.Shown) c).count()).toList());
        assertEquals(shown(50, 100.0), published.total());
    }

    @Test
    void noPercentageIsGivenOfAHiddenTotal() {
        Table table = Table.of(new int[] {3, 4}, new int[] {20, 30});
        ProtectedTable published = DisclosureControl.protect(table, STAFF);
        assertEquals(shown(23, 23 * 100.0 / 57), published.columnTotal(0));
        assertFalse(published.rowTotal(0).isShown());
    }

    @Test
    void aSmallCellWhoseRowAndColumnBothNeedAPartner() {
        // The 5 takes the 20 in its row and the 40 in its column; the 40 is then alone in row 1 and takes the 50.
        ProtectedTable published = DisclosureControl.protect(Table.of(
                new int[] {5, 20, 30},
                new int[] {40, 50, 60},
                new int[] {45, 55, 65}), STAFF);
        assertEquals(List.of(
                List.of(hidden(BELOW_MINIMUM), hidden(PROTECTS_ANOTHER), shown(30, 30 * 100.0 / 55), shown(55, 55 * 100.0 / 370)),
                List.of(hidden(PROTECTS_ANOTHER), hidden(PROTECTS_ANOTHER), shown(60, 60 * 100.0 / 150), shown(150, 150 * 100.0 / 370)),
                List.of(shown(45, 45 * 100.0 / 165), shown(55, 55 * 100.0 / 165), shown(65, 65 * 100.0 / 165), shown(165, 165 * 100.0 / 370)),
                List.of(shown(90, 90 * 100.0 / 370), shown(125, 125 * 100.0 / 370), shown(155, 155 * 100.0 / 370), shown(370, 100.0))),
                grid(published));
    }

    @Test
    void twoSmallCellsInARowEachNeedAPartnerInTheirColumn() {
        ProtectedTable published = DisclosureControl.protect(Table.of(
                new int[] {3, 4, 30},
                new int[] {20, 25, 40}), STAFF);
        assertEquals(List.of(
                List.of(hidden(BELOW_MINIMUM), hidden(BELOW_MINIMUM), shown(30, 30 * 100.0 / 37), shown(37, 37 * 100.0 / 122)),
                List.of(hidden(PROTECTS_ANOTHER), hidden(PROTECTS_ANOTHER), shown(40, 40 * 100.0 / 85), shown(85, 85 * 100.0 / 122))),
                grid(published).subList(0, 2));
    }

    @Test
    void aRowTotalBelowTheMinimumIsHiddenAndProtectedInTheColumnOfTotals() {
        // Row 0 (3 + 4 = 7) is hidden whole; its cells take partners in row 1, and its total takes row 1's.
        ProtectedTable published = DisclosureControl.protect(Table.of(new int[] {3, 4}, new int[] {20, 30}), STAFF);
        assertEquals(hidden(BELOW_MINIMUM), published.rowTotal(0));
        assertEquals(hidden(PROTECTS_ANOTHER), published.rowTotal(1));
        assertEquals(List.of(hidden(PROTECTS_ANOTHER), hidden(PROTECTS_ANOTHER)),
                List.of(published.cell(1, 0), published.cell(1, 1)));
        assertEquals(shown(57, 100.0), published.grandTotal());
        assertEquals(shown(34, 34 * 100.0 / 57), published.columnTotal(1));
    }

    @Test
    void aGrandTotalBelowTheMinimumHidesTheWholeTable() {
        ProtectedTable published = DisclosureControl.protect(Table.of(new int[] {1, 0}, new int[] {2, 3}), STAFF);
        assertEquals(hidden(BELOW_MINIMUM), published.grandTotal());
        grid(published).stream().flatMap(List::stream)
                .forEach(c -> assertTrue(!c.isShown() || ((Cell.Shown) c).count() == 0, c.toString()));
    }

    @Test
    void aPartnerCanNeedAPartnerOverSeveralPasses() {
        // The 2 takes the 12 beside it, which is then alone in column 1 and takes the 13 below it, which is
        // alone in row 1 and takes the 14, alone in column 2, which takes the 15, and so on down the staircase.
        ProtectedTable published = DisclosureControl.protect(Table.of(
                new int[] {2, 12, 90, 90},
                new int[] {90, 13, 14, 90},
                new int[] {90, 90, 15, 16},
                new int[] {17, 90, 90, 18}), STAFF);
        boolean[][] hidden = hiddenCells(published);
        assertTrue(hidden[0][0] && hidden[0][1] && hidden[1][1] && hidden[1][2] && hidden[2][2] && hidden[2][3]
                && hidden[3][3] && hidden[3][0], "the staircase closes on itself through the 17 and 18");
        assertEquals(8, DisclosurePropertyTest.hiddenCount(published));
        DisclosurePropertyTest.assertNoLineHasOneHidden(published);
    }

    @Test
    void aHiddenCellJoiningTwoHiddenGroupsGetsASecondJoin() {
        // Every line already has two or more hidden, but the 4 is the only link between the hidden block
        // at top left and the one at bottom right: rows 0-1 minus columns 0-1 would give it exactly.
        ProtectedTable published = DisclosureControl.protect(Table.of(
                new int[] {2, 3, 4, 50},
                new int[] {5, 6, 60, 70},
                new int[] {80, 90, 7, 8},
                new int[] {100, 110, 9, 10}), STAFF);
        assertEquals(hidden(PROTECTS_ANOTHER), published.cell(0, 3), "the smallest cell joining the two blocks");
        assertEquals(10, DisclosurePropertyTest.hiddenCount(published));
        DisclosurePropertyTest.assertNoHiddenCellCanBeWorkedOut(published, new int[][] {
                {2, 3, 4, 50}, {5, 6, 60, 70}, {80, 90, 7, 8}, {100, 110, 9, 10}});
    }

    @Test
    void tablesMustBeRectangularAndNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> Table.of(new int[] {1, 2}, new int[] {3}));
        assertThrows(IllegalArgumentException.class, () -> Table.of(new int[] {1, -2}));
        assertThrows(IllegalArgumentException.class, () -> Table.of());
        assertThrows(IllegalArgumentException.class, () -> DisclosureControl.protect(List.of(), STAFF));
        assertThrows(IllegalArgumentException.class, () -> DisclosureControl.protect(List.of(3, -1), STAFF));
    }

    @Test
    void aTableKnowsItsTotals() {
        Table table = Table.of(new int[] {1, 2, 3}, new int[] {4, 5, 6});
        assertEquals(6, table.rowTotal(0));
        assertEquals(15, table.rowTotal(1));
        assertEquals(9, table.columnTotal(2));
        assertEquals(21, table.grandTotal());
    }

    private static Cell shown(int count, Double percentage) {
        return new Cell.Shown(count, percentage == null ? OptionalDouble.empty() : OptionalDouble.of(percentage));
    }

    private static Cell hidden(Cell.Reason reason) {
        return new Cell.Suppressed(reason, 11);
    }

    /** Rows, then the column totals; each row ends with its total. */
    private static List<List<Cell>> grid(ProtectedTable table) {
        List<List<Cell>> grid = new ArrayList<>();
        for (int r = 0; r <= table.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c <= table.columns(); c++) {
                row.add(r < table.rows() && c < table.columns() ? table.cell(r, c)
                        : r < table.rows() ? table.rowTotal(r)
                        : c < table.columns() ? table.columnTotal(c) : table.grandTotal());
            }
            grid.add(row);
        }
        return grid;
    }

    private static boolean[][] hiddenCells(ProtectedTable table) {
        boolean[][] hidden = new boolean[table.rows()][table.columns()];
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                hidden[r][c] = !table.cell(r, c).isShown();
            }
        }
        return hidden;
    }
}
