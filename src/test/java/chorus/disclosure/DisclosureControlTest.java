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

/**
 * Which figures a report may show. Hand-worked cases; DisclosurePropertyTest checks random ones.
 * Counts are made with cell key 0 unless said otherwise, so an odd count is published one lower
 * ({@link Perturbation}): 25 records read 24, and a total of 89 reads 88.
 */
class DisclosureControlTest {

    private static final DisclosurePolicy STAFF = DisclosurePolicy.staff();

    @ParameterizedTest(name = "{0} records with cell key {1}, against a minimum of 11: published as {2}")
    @CsvSource({"10,0,hidden", "10,200,hidden", "11,0,hidden", "11,200,12", "12,0,12", "12,200,12", "13,0,12", "13,200,14"})
    void aCategoryBelowTheMinimumIsHiddenAndOneAtItShowsWhenItsNoiseKeepsItThere(int count, int key, String published) {
        ProtectedBreakdown breakdown = DisclosureControl.protect(List.of(Count.of(count, key), c(30), c(40)), STAFF);
        Cell cell = breakdown.categories().get(0);
        if ("hidden".equals(published)) {
            assertEquals(new Cell.Suppressed(BELOW_MINIMUM, 11), cell);
        } else {
            assertEquals(Integer.parseInt(published), ((Cell.Shown) cell).count());
        }
    }

    @Test
    void oneSmallCategoryHidesTheNextSmallestSoItCannotBeWorkedOutFromTheTotal() {
        // 40 + 3 + 25 + 20 = 88 records; the 25 reads 24, and the smallest shown beside the 3 is the 20.
        ProtectedBreakdown published = DisclosureControl.protect(counts(40, 3, 25, 20), STAFF);
        assertEquals(List.of(shown(40, 40 * 100.0 / 88), hidden(BELOW_MINIMUM), shown(24, 24 * 100.0 / 88),
                hidden(PROTECTS_ANOTHER)), published.categories());
        assertEquals(shown(88, 100.0), published.total());
    }

    @Test
    void twoSmallCategoriesProtectEachOther() {
        // 57 records in all, published as 56.
        ProtectedBreakdown published = DisclosureControl.protect(counts(3, 4, 50), STAFF);
        assertEquals(List.of(hidden(BELOW_MINIMUM), hidden(BELOW_MINIMUM), shown(50, 50 * 100.0 / 56)),
                published.categories());
        assertEquals(shown(56, 100.0), published.total());
    }

    @Test
    void aTrueZeroIsShownAndNeedsNoPartner() {
        ProtectedBreakdown published = DisclosureControl.protect(counts(0, 30, 40), STAFF);
        assertEquals(List.of(shown(0, 0.0), shown(30, 30 * 100.0 / 70), shown(40, 40 * 100.0 / 70)),
                published.categories());
    }

    @Test
    void oneRecordIsShownAsZeroOrHiddenAsItsKeyFalls() {
        // Nobody and one person read the same for half of the keys, so a 0 does not say "nobody".
        assertEquals(shown(0, 0.0), DisclosureControl.protect(List.of(Count.of(1, 0), c(30), c(40)), STAFF)
                .categories().get(0));
        assertEquals(hidden(BELOW_MINIMUM), DisclosureControl.protect(List.of(Count.of(1, 128), c(30), c(40)), STAFF)
                .categories().get(0));
    }

    @Test
    void aZeroIsNotUsedToProtectASmallCount() {
        // The 3 needs a partner; hiding the 0 would protect nothing (it cannot go lower), so the 25 goes.
        ProtectedBreakdown published = DisclosureControl.protect(counts(0, 3, 25, 40), STAFF);
        assertEquals(List.of(shown(0, 0.0), hidden(BELOW_MINIMUM), hidden(PROTECTS_ANOTHER), shown(40, 40 * 100.0 / 68)),
                published.categories());
    }

    @Test
    void partnersAreChosenByTheirPublishedFiguresNotTheirTrueOnes() {
        // The 23 (key 0) reads 22, as the 22 does: they tie and the first goes. Chosen by the true counts the
        // 22 would go, and the choice would tell a reader which of two equal figures is really smaller.
        ProtectedBreakdown published = DisclosureControl.protect(List.of(c(3), Count.of(23, 0), c(22)), STAFF);
        assertEquals(List.of(hidden(BELOW_MINIMUM), hidden(PROTECTS_ANOTHER), shown(22, 22 * 100.0 / 48)),
                published.categories());
    }

    @Test
    void aTotalBelowTheMinimumIsHiddenWithEverythingInIt() {
        ProtectedBreakdown published = DisclosureControl.protect(counts(0, 0, 6), STAFF);
        assertEquals(List.of(shown(0, null), shown(0, null), hidden(BELOW_MINIMUM)), published.categories());
        assertEquals(hidden(BELOW_MINIMUM), published.total());
    }

    @Test
    void nothingAtAllIsShownAsZeros() {
        ProtectedBreakdown published = DisclosureControl.protect(counts(0, 0), STAFF);
        assertEquals(List.of(shown(0, null), shown(0, null)), published.categories());
        assertEquals(shown(0, null), published.total());
    }

    @Test
    void aHiddenFigureReadsFewerThanTheMinimumFromTheInterfaceText() {
        Cell.Suppressed staff = (Cell.Suppressed) DisclosureControl.protect(counts(2, 3, 40), STAFF).categories().get(0);
        assertEquals("disclosure.fewer_than", staff.textKey());
        assertEquals(Map.of("n", 11), staff.textArgs());
        Cell.Suppressed serviceUsers = (Cell.Suppressed) DisclosureControl
                .protect(List.of(Count.of(2, 0), Count.of(3, 200), c(40)), DisclosurePolicy.serviceUsers()).categories().get(0);
        assertEquals(Map.of("n", 5), serviceUsers.textArgs());
        Cell.Suppressed partner = (Cell.Suppressed) DisclosureControl.protect(counts(40, 3, 25), STAFF)
                .categories().get(2);
        assertEquals(PROTECTS_ANOTHER, partner.reason());
        assertEquals("disclosure.fewer_than", partner.textKey(), "hidden partners read the same, or the pair gives itself away");
        assertEquals(Map.of("n", 11), partner.textArgs());
    }

    @Test
    void roundedCountsGivePercentagesOfTheRoundedTotal() {
        // 8 + 13 + 1003 = 1024 records, perturbed to 8, 12, 1002 and 1024, shown as 10, 10, 1000 and 1025
        // (the total is rounded on its own).
        ProtectedBreakdown published = DisclosureControl.protect(counts(8, 13, 1003),
                DisclosurePolicy.serviceUsers().roundingToFive());
        assertEquals(List.of(shown(10, 1000.0 / 1025), shown(10, 1000.0 / 1025), shown(1000, 100000.0 / 1025)),
                published.categories());
        assertEquals(shown(1025, 100.0), published.total());
    }

    @Test
    void smallCountsRoundToFiveOnlyWhenTheMinimumAllowsThem() {
        // With key 200 the 1 reads 2 and then 5; with key 0 the 7 reads 6 and then 5.
        ProtectedBreakdown published = DisclosureControl.protect(List.of(c(0), Count.of(1, 200), c(7), c(12), c(30)),
                new DisclosurePolicy(1, true));
        assertEquals(List.of(0, 5, 5, 10, 30), published.categories().stream().map(c -> ((Cell.Shown) c).count()).toList());
        assertEquals(shown(50, 100.0), published.total());
    }

    @Test
    void aRateUsesThePerturbedPartOfAShownGroupAndNothingOfAHiddenOne() {
        Cell group = DisclosureControl.protect(List.of(c(30)), STAFF).total();
        assertEquals(java.util.OptionalInt.of(14), DisclosureControl.numerator(Count.of(13, 200), group, STAFF));
        assertEquals(java.util.OptionalInt.of(12), DisclosureControl.numerator(Count.of(13, 0), group, STAFF));
        assertEquals(java.util.OptionalInt.of(30), DisclosureControl.numerator(Count.of(31, 200), group, STAFF),
                "never more than the group it is a part of");
        assertEquals(java.util.OptionalInt.empty(), DisclosureControl.numerator(c(2), hidden(BELOW_MINIMUM), STAFF));
    }

    @Test
    void aCountShowsOnItsOwnWhenItsPublishedFigureIsAtLeastTheMinimum() {
        assertFalse(DisclosureControl.showsOnItsOwn(c(0), STAFF));
        assertFalse(DisclosureControl.showsOnItsOwn(Count.of(1, 0), STAFF), "a 0 standing for one person names nobody");
        assertFalse(DisclosureControl.showsOnItsOwn(Count.of(11, 0), STAFF));
        assertTrue(DisclosureControl.showsOnItsOwn(Count.of(11, 200), STAFF));
    }

    @Test
    void noPercentageIsGivenOfAHiddenTotal() {
        // Column 0 holds 23 records (published 22) of 57 (published 56); row 0 holds 7, hidden.
        Table table = Table.of(countArray(3, 4), countArray(20, 30));
        ProtectedTable published = DisclosureControl.protect(table, STAFF);
        assertEquals(shown(22, 22 * 100.0 / 56), published.columnTotal(0));
        assertFalse(published.rowTotal(0).isShown());
    }

    @Test
    void aSmallCellWhoseRowAndColumnBothNeedAPartner() {
        // The 5 takes the 20 in its row and the 40 in its column; the 40 is then alone in row 1 and takes the 50.
        // Odd counts read one lower: 45, 55, 65, 55 (row 0), 165, 125 and 155 read 44, 54, 64, 54, 164, 124, 154.
        ProtectedTable published = DisclosureControl.protect(Table.of(
                countArray(5, 20, 30),
                countArray(40, 50, 60),
                countArray(45, 55, 65)), STAFF);
        assertEquals(List.of(
                List.of(hidden(BELOW_MINIMUM), hidden(PROTECTS_ANOTHER), shown(30, 30 * 100.0 / 54), shown(54, 54 * 100.0 / 370)),
                List.of(hidden(PROTECTS_ANOTHER), hidden(PROTECTS_ANOTHER), shown(60, 60 * 100.0 / 150), shown(150, 150 * 100.0 / 370)),
                List.of(shown(44, 44 * 100.0 / 164), shown(54, 54 * 100.0 / 164), shown(64, 64 * 100.0 / 164), shown(164, 164 * 100.0 / 370)),
                List.of(shown(90, 90 * 100.0 / 370), shown(124, 124 * 100.0 / 370), shown(154, 154 * 100.0 / 370), shown(370, 100.0))),
                grid(published));
    }

    @Test
    void twoSmallCellsInARowEachNeedAPartnerInTheirColumn() {
        // Row totals 37 and 85 read 36 and 84; the grand total is 122.
        ProtectedTable published = DisclosureControl.protect(Table.of(
                countArray(3, 4, 30),
                countArray(20, 25, 40)), STAFF);
        assertEquals(List.of(
                List.of(hidden(BELOW_MINIMUM), hidden(BELOW_MINIMUM), shown(30, 30 * 100.0 / 36), shown(36, 36 * 100.0 / 122)),
                List.of(hidden(PROTECTS_ANOTHER), hidden(PROTECTS_ANOTHER), shown(40, 40 * 100.0 / 84), shown(84, 84 * 100.0 / 122))),
                grid(published).subList(0, 2));
    }

    @Test
    void aRowTotalBelowTheMinimumIsHiddenAndProtectedInTheColumnOfTotals() {
        // Row 0 (3 + 4 = 7) is hidden whole; its cells take partners in row 1, and its total takes row 1's.
        ProtectedTable published = DisclosureControl.protect(Table.of(countArray(3, 4), countArray(20, 30)), STAFF);
        assertEquals(hidden(BELOW_MINIMUM), published.rowTotal(0));
        assertEquals(hidden(PROTECTS_ANOTHER), published.rowTotal(1));
        assertEquals(List.of(hidden(PROTECTS_ANOTHER), hidden(PROTECTS_ANOTHER)),
                List.of(published.cell(1, 0), published.cell(1, 1)));
        assertEquals(shown(56, 100.0), published.grandTotal(), "57 records");
        assertEquals(shown(34, 34 * 100.0 / 56), published.columnTotal(1));
    }

    @Test
    void aGrandTotalBelowTheMinimumHidesTheWholeTable() {
        ProtectedTable published = DisclosureControl.protect(Table.of(countArray(1, 0), countArray(2, 3)), STAFF);
        assertEquals(hidden(BELOW_MINIMUM), published.grandTotal());
        grid(published).stream().flatMap(List::stream)
                .forEach(c -> assertTrue(!c.isShown() || ((Cell.Shown) c).count() == 0, c.toString()));
    }

    @Test
    void aPartnerCanNeedAPartnerOverSeveralPasses() {
        // The 2 takes the 12 beside it, which is then alone in column 1 and takes the 13 below it, which is
        // alone in row 1 and takes the 14, alone in column 2, which takes the 15, and so on down the staircase.
        ProtectedTable published = DisclosureControl.protect(Table.of(
                countArray(2, 12, 90, 90),
                countArray(90, 13, 14, 90),
                countArray(90, 90, 15, 16),
                countArray(17, 90, 90, 18)), STAFF);
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
                countArray(2, 3, 4, 50),
                countArray(5, 6, 60, 70),
                countArray(80, 90, 7, 8),
                countArray(100, 110, 9, 10)), STAFF);
        assertEquals(hidden(PROTECTS_ANOTHER), published.cell(0, 3), "the smallest cell joining the two blocks");
        assertEquals(10, DisclosurePropertyTest.hiddenCount(published));
        DisclosurePropertyTest.assertNoHiddenCellCanBeWorkedOut(published, new int[][] {
                {2, 3, 4, 50}, {5, 6, 60, 70}, {80, 90, 7, 8}, {100, 110, 9, 10}});
    }

    @Test
    void tablesMustBeRectangularAndComplete() {
        assertThrows(IllegalArgumentException.class, () -> Table.of(countArray(1, 2), countArray(3)));
        assertThrows(IllegalArgumentException.class, () -> Table.of(new Count[] {c(1), null}));
        assertThrows(IllegalArgumentException.class, () -> Table.of());
        assertThrows(IllegalArgumentException.class, () -> DisclosureControl.protect(List.of(), STAFF));
        assertThrows(IllegalArgumentException.class, () -> DisclosureControl.protect(java.util.Arrays.asList(c(3), null), STAFF));
        assertThrows(IllegalArgumentException.class, () -> Count.of(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> Count.of(1, 256));
    }

    @Test
    void aTableKnowsItsTotalsWithTheKeysOfTheirRecords() {
        Table table = Table.of(new Count[] {Count.of(1, 10), Count.of(2, 20), Count.of(3, 30)},
                new Count[] {Count.of(4, 200), Count.of(5, 100), Count.of(6, 250)});
        assertEquals(Count.of(6, 60), table.rowTotal(0));
        assertEquals(Count.of(15, 550 % 256), table.rowTotal(1));
        assertEquals(Count.of(9, 280 % 256), table.columnTotal(2));
        assertEquals(Count.of(21, 610 % 256), table.grandTotal());
    }

    @Test
    void theSameRecordsGiveTheSameTotalWhicheverWayTheyAreAddedUp() {
        Count a = Count.of(7, 250);
        Count b = Count.of(4, 9);
        assertEquals(a.plus(b), b.plus(a));
        assertEquals(a, a.plus(b).minus(b), "a part taken away leaves the rest's key");
        assertEquals(Count.NONE, a.minus(a));
        assertThrows(IllegalArgumentException.class, () -> b.minus(a));
    }

    /** Counts with cell key 0. */
    static Count c(int size) {
        return Count.of(size, 0);
    }

    static Count[] countArray(int... sizes) {
        return java.util.Arrays.stream(sizes).mapToObj(DisclosureControlTest::c).toArray(Count[]::new);
    }

    private static List<Count> counts(int... sizes) {
        return List.of(countArray(sizes));
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

    /**
     * 28 White, 18 BME and 3 not stated in one organisation (even counts, published as they are): the
     * 3 needs a partner in its row and column. Kept columns go last, so the row total and the grand
     * total protect it, and White and BME stay shown with their column totals.
     */
    @Test
    void aTableKeepingItsKeyColumnsHidesTotalsBeforeThem() {
        Table table = Table.of(new Count[] {Count.of(28, 0), Count.of(18, 0), Count.of(3, 0)});
        ProtectedTable kept = DisclosureControl.protect(table.keeping(0, 1), DisclosurePolicy.staff());
        assertTrue(kept.cell(0, 0).isShown() && kept.cell(0, 1).isShown());
        assertTrue(kept.columnTotal(0).isShown() && kept.columnTotal(1).isShown());
        assertFalse(kept.cell(0, 2).isShown());
        assertFalse(kept.rowTotal(0).isShown(), "the total goes, not the BME figure");
        assertFalse(kept.grandTotal().isShown());
        ProtectedTable plain = DisclosureControl.protect(table, DisclosurePolicy.staff());
        assertFalse(plain.cell(0, 1).isShown(), "without key columns the smallest partner, 18, is hidden as before");
    }
}
