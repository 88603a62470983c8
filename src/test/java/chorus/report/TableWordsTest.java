package chorus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Language;
import chorus.i18n.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of report tables without a server: dates, signed numbers in CSV files, and wide tables split in parts. */
class TableWordsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void datesAreInWordsInTheReadersLanguage() {
        assertEquals("3 December 2026", Figures.date(DAY, new Language("en", "English", false)).value());
        assertEquals("3 grudnia 2026", Figures.date(DAY, new Language("pl", "Polski", false)).value());
        assertEquals("3 decembrie 2026", Figures.date(DAY, new Language("ro", "Română", false)).value());
        for (String tag : List.of("ur", "ar", "bn")) {
            String words = Figures.date(DAY, new Language(tag, tag, !"bn".equals(tag))).value();
            assertTrue(words.contains("3") && words.contains("2026"), "the digits every figure uses: " + words);
            assertTrue(words.chars().anyMatch(Character::isLetter) && !words.contains("12"), "the month in words: " + words);
        }
    }

    @Test
    void aSignedNumberIsANumberInTheCsvAndTextStaysNeutralised() {
        assertEquals("-7.2", Csv.cell("-7.2"), "a negative number is not a formula");
        assertEquals("'-7.2 points", Csv.cell("-7.2 points"));
        assertEquals("'+cmd|' /C calc'!A0", Csv.cell("+cmd|' /C calc'!A0"));
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));

        ReportTable table = new ReportTable("t", Text.of("Gaps"), Text.of("Group"), List.of(Text.of("Gap (percentage points)")),
                List.of(new ReportTable.Row(Text.of("Up"), List.of(Figures.points(7.2))),
                        new ReportTable.Row(Text.of("Down"), List.of(Figures.points(-7.2))),
                        new ReportTable.Row(Text.of("+Text"), List.of(Text.of("+1 and more")))), null, null);
        assertEquals("+7.2", table.rows().get(0).cells().get(0).value(), "the page shows the sign");
        assertEquals("\uFEFFGaps\r\nGroup,Gap (percentage points)\r\nUp,7.2\r\nDown,-7.2\r\n'+Text,'+1 and more\r\n",
                ReportCsv.of(table));
    }

    @Test
    void aWideTableIsShownInPartsAndDownloadedWhole() {
        List<Text> columns = List.of(Text.of("a"), Text.of("b"), Text.of("c"));
        List<ReportTable.Row> rows = List.of(new ReportTable.Row(Text.of("One"), List.of(Text.of("1"), Text.of("2"), Text.of("3"))));
        ReportTable table = new ReportTable("t", Text.of("Caption"), Text.of("Row"), columns, rows, null, null,
                List.of(new ReportTable.Part(Text.of("Caption: counts"), 2), new ReportTable.Part(Text.of("Caption: rates"), 1)));

        List<ReportTable.Shown> shown = table.shown();
        assertEquals(2, shown.size());
        assertEquals(List.of("a", "b"), shown.get(0).columns().stream().map(Text::value).toList());
        assertEquals(List.of("3"), shown.get(1).rows().get(0).cells().stream().map(Text::value).toList());
        assertEquals("One", shown.get(1).rows().get(0).header().value(), "every part has the row headings");
        assertEquals("Caption: rates", shown.get(1).caption().value());
        assertEquals("\uFEFFCaption\r\nRow,a,b,c\r\nOne,1,2,3\r\n", ReportCsv.of(table), "one file with every column");
        assertEquals(1, new ReportTable("w", Text.of("Whole"), Text.of("Row"), columns, rows, null, null).shown().size());
        assertThrows(IllegalArgumentException.class, () -> new ReportTable("t", Text.of("c"), Text.of("r"), columns, rows, null,
                null, List.of(new ReportTable.Part(Text.of("c"), 2))), "parts must cover every column");
    }
}
