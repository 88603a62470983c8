package chorus.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Baseline and deprivation files are taken whole or refused whole, each problem named by its row. */
@MicronautTest(transactional = false)
class ImportTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    private static final String HEADER = "area,source,year,classification,category,count\n";

    /** Posts a file; returns the refusal page's problems after checking nothing of the area was stored. */
    private List<String> refused(String path, String csv, String area) {
        WebClient analyst = StaffSession.admin(server.getURI());
        WebClient.Reply page = analyst.get(path);
        WebClient.Reply reply = analyst.post(path, "csrfToken", StaffSession.csrfToken(page), "csv", csv);
        assertEquals(422, reply.status(), reply.body());
        Document html = reply.html();
        assertTrue(html.title().startsWith("Error:"));
        assertEquals(csv.strip(), html.getElementById("csv").text().strip(), "the file is kept to correct");
        if (area != null) {
            assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM population_baseline WHERE area = ?", area),
                    "nothing of a refused file is stored");
        }
        return html.select(".error-summary-list a").eachText();
    }

    @Test
    void aGoodFileOfCountsIsStoredAndMapsOntoTheFiveGroups() {
        String area = Voices.unique("Area ");
        WebClient analyst = StaffSession.admin(server.getURI());
        RepresentationReportTest.importFile(analyst, "/reports/baselines", HEADER
                + area + ",Census 2021,2021,ONS,\"White: English, Welsh, Scottish, Northern Irish or British\",700\n"
                + area + ",Census 2021,2021,ONS,Roma,50\n"
                + area + ",Census 2021,2021,ONS,Chinese,100\n"
                + area + ",Census 2021,2021,ONS,Indian,100\n"
                + area + ",Census 2021,2021,ONS,Arab,50\n");
        assertEquals(5, Database.count(jdbc, tx, "SELECT COUNT(*) FROM population_baseline_figure f JOIN population_baseline b"
                + " ON b.id = f.baseline_id WHERE b.area = ?", area));
        assertTrue(analyst.get("/reports/baselines").body().contains(area));
    }

    @Test
    void anUnknownCategoryIsRefusedNamingItsRow() {
        String area = Voices.unique("Area ");
        List<String> problems = refused("/reports/baselines", HEADER + area + ",Census,2021,ONS,Indian,10\n"
                + area + ",Census,2021,ONS,Martian,5\n", area);
        assertEquals(List.of("Row 3: “Martian” is not an ONS ethnic category or group"), problems);
    }

    @Test
    void aDuplicateRowIsRefused() {
        String area = Voices.unique("Area ");
        List<String> problems = refused("/reports/baselines", HEADER + area + ",Census,2021,NHS,A,10\n"
                + area + ",Census,2021,NHS,H,5\n" + area + ",Census,2021,NHS,a,7\n", area);
        assertEquals(List.of("Row 4 repeats row 2"), problems);
    }

    @Test
    void negativeAndNonNumericCountsAreRefused() {
        String area = Voices.unique("Area ");
        List<String> problems = refused("/reports/baselines", HEADER + area + ",Census,2021,NHS,A,-10\n"
                + area + ",Census,2021,NHS,H,lots\n" + area + ",Census,2021,NHS,M,4.5\n", area);
        assertEquals(List.of("Row 2: the count must be a whole number of 0 or more, not “-10”",
                "Row 3: the count must be a whole number of 0 or more, not “lots”",
                "Row 4: the count must be a whole number of 0 or more, not “4.5”"), problems);
    }

    @Test
    void aWrongHeaderIsRefused() {
        String area = Voices.unique("Area ");
        List<String> problems = refused("/reports/baselines", "area,category,people\n" + area + ",A,10\n", area);
        assertEquals(List.of("Row 1: the first row must be the column names area, source, year, classification, category,"
                + " count (or share)"), problems);
    }

    @Test
    void aWholeGroupBesideItsPartsAndASharesOverAHundredAreRefused() {
        String area = Voices.unique("Area ");
        List<String> problems = refused("/reports/baselines", "area,source,year,classification,category,share\n"
                + area + ",Census,2021,ONS,Asian,10\n" + area + ",Census,2021,ONS,Indian,5\n"
                + area + ",Census,2021,ONS,White,101\n" + area + ",Census,2021,ONS,Black,5,6\n", area);
        assertEquals(List.of("Row 3: “Indian” is a whole ethnic group, but other rows for " + area + " split the same group",
                "Row 4: the share must be a percentage from 0 to 100, not “101”",
                "Row 5: there should be 6 values separated by commas, not 7"), problems);
    }

    @Test
    void aMalformedPostcodeDistrictIsRefusedAndTheLookupKept() {
        long before = Database.count(jdbc, tx, "SELECT COUNT(*) FROM deprivation_lookup");
        List<String> problems = refused("/reports/deprivation", "postcode_district,quintile\nNR1,2\nNR1 3SR,1\n99X,2\nPE30,6\nnr1,3\n",
                null);
        assertEquals(List.of("Row 3: “NR1 3SR” is not a postcode district (the first part of a postcode, like NR1 or PE30)",
                "Row 4: “99X” is not a postcode district (the first part of a postcode, like NR1 or PE30)",
                "Row 5: the quintile must be a whole number from 1 to 5, not “6”",
                "Row 6 repeats row 2"), problems);
        assertEquals(before, Database.count(jdbc, tx, "SELECT COUNT(*) FROM deprivation_lookup"));
    }

    @Test
    void theShippedSamplesImport() throws Exception {
        WebClient analyst = StaffSession.admin(server.getURI());
        RepresentationReportTest.importFile(analyst, "/reports/deprivation",
                java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/samples/deprivation-illustrative.csv")));
        assertEquals(15, Database.count(jdbc, tx, "SELECT COUNT(*) FROM deprivation_lookup"));
        RepresentationReportTest.importFile(analyst, "/reports/deprivation", "postcode_district,quintile\nNR3,1\nNR1,2\n");
    }
}
