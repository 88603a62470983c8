package chorus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.i18n.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of report tables without a server. */
class TableWordsTest {

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
}
