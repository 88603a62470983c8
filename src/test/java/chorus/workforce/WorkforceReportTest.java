package chorus.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.DisclosurePolicy;
import chorus.disclosure.RecordKeys;
import chorus.i18n.FileTexts;
import chorus.i18n.Text;
import chorus.report.ReportTable;
import chorus.staff.Organisation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workforce indicators worked out from counts alone: no server, no database, no upload. */
class WorkforceReportTest {

    private static final Organisation TRUST = new Organisation(1L, "TRUST1", "Worked example trust");

    /**
     * NHS England's WRES worked example for indicator 2: White, 39 of 83 shortlisted appointed
     * (46.99%); BME, 23 of 157 (14.65%); 46.99 / 14.65 = 3.21. The table shows the appointed (39, 23)
     * and the others (44, 134), each perturbed: the odd ones read one up or down, so the likelihood
     * lies between (38 / 84) / (24 / 156) = 2.94 and (40 / 82) / (22 / 158) = 3.50.
     */
    @Test
    void theWresWorkedExampleComesOutNearThreePointTwoOne() {
        List<CountRow> rows = List.of(
                new CountRow(1L, StaffGroup.MIDWIFE, Band.BAND_5, Ethnicity.WHITE, new Counts(100, 83, 39, 0, 0, 0)),
                new CountRow(1L, StaffGroup.MIDWIFE, Band.BAND_5, Ethnicity.BME, new Counts(200, 157, 23, 0, 0, 0)));
        WorkforceReport report = new WorkforceReport("2026", rows, new RecordKeys(new byte[32]), List.of(TRUST),
                new WorkforceReport.View("organisations", null), DisclosurePolicy.staff(), FileTexts.english(), "");

        Map<String, String> all = row(table(report, "indicator-2"), "All organisations");
        assertEquals(44, Integer.parseInt(all.get("White: out of")) - Integer.parseInt(all.get("White: counted")),
                "44 were not appointed, an even count, published as it is");
        double likelihood = Double.parseDouble(all.get("Relative likelihood"));
        assertTrue(likelihood >= 2.94 && likelihood <= 3.50, all.toString());
    }

    @Test
    void anOrganisationWithFewerThanElevenIsHidden() {
        List<CountRow> rows = List.of(
                new CountRow(1L, StaffGroup.MIDWIFE, Band.BAND_5, Ethnicity.WHITE, new Counts(100, 83, 39, 0, 0, 0)),
                new CountRow(1L, StaffGroup.MIDWIFE, Band.BAND_5, Ethnicity.BME, new Counts(8, 6, 2, 0, 0, 0)));
        WorkforceReport report = new WorkforceReport("2026", rows, new RecordKeys(new byte[32]), List.of(TRUST),
                new WorkforceReport.View("organisations", null), DisclosurePolicy.staff(), FileTexts.english(), "");

        Map<String, String> all = row(table(report, "indicator-2"), "All organisations");
        assertTrue(all.get("BME: out of").startsWith("hidden"), all.toString());
        assertTrue(all.get("BME (%)").startsWith("hidden"), all.toString());
        assertEquals("not shown: a count it needs is hidden", all.get("Relative likelihood"));
    }

    private static ReportTable table(WorkforceReport report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** A row by its header, each cell under its column's name. */
    private static Map<String, String> row(ReportTable table, String header) {
        ReportTable.Row row = table.rows().stream().filter(r -> r.header().value().equals(header)).findFirst().orElseThrow();
        Map<String, String> cells = new LinkedHashMap<>();
        List<Text> columns = table.columns();
        for (int i = 0; i < row.cells().size(); i++) {
            cells.put(columns.get(i).value(), row.cells().get(i).value());
        }
        return cells;
    }
}
