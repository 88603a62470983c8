package chorus.workforce;

import static chorus.workforce.WorkforceFixtures.HEADER;
import static chorus.workforce.WorkforceFixtures.file;
import static chorus.workforce.WorkforceFixtures.organisation;
import static chorus.workforce.WorkforceFixtures.unique;
import static chorus.workforce.WorkforceFixtures.upload;
import static chorus.workforce.WorkforceFixtures.uploaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.report.CsvText;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Uploading workforce counts: who may, what is refused (naming row and column), and that a refusal stores nothing. */
@MicronautTest(transactional = false)
class WorkforceUploadTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    AccountService accounts;

    private long stored() {
        return Database.count(jdbc, tx, "SELECT COUNT(*) FROM workforce_count")
                + Database.count(jdbc, tx, "SELECT COUNT(*) FROM workforce_snapshot");
    }

    private WebClient signedIn(Role role) {
        return StaffSession.newAccount(server, role);
    }

    /** Uploads a bad file and checks the page names every problem, keeps what was typed and stores nothing. */
    private Document refused(String content, String... expectedMessages) {
        WebClient admin = StaffSession.admin(server.getURI());
        long before = stored();
        String name = unique("refused");
        WebClient.Reply reply = upload(admin, name, "2026-03-31", content);
        assertEquals(422, reply.status(), reply.body());
        assertEquals(before, stored(), "nothing stored");
        Document page = reply.html();
        assertTrue(page.title().startsWith("Error: "));
        assertEquals(name, page.getElementById("name").val(), "the name typed is kept");
        assertEquals("2026-03-31", page.getElementById("takenOn").val());
        assertEquals("#file", page.select(".error-summary a").attr("href"));
        List<String> problems = page.select("#row-errors li").eachText();
        assertEquals(List.of(expectedMessages), problems);
        return page;
    }

    @Test
    void aGoodFileIsStoredAndAnotherUploadOfTheSameSnapshotReplacesIt() {
        String org = organisation(jdbc, tx, "Replace trust");
        WebClient analyst = signedIn(Role.ANALYST);
        String name = unique("replace");
        long id = uploaded(upload(analyst, name, "2026-03-31", file(
                org + ",midwife,band_5,white,20,0,0,0,0,0",
                org + ",midwife,band_5,bme,12,0,0,0,0,0",
                org + ",obstetrician,medical,unknown,11,0,0,0,0,0")));
        assertEquals(3, Database.count(jdbc, tx, "SELECT COUNT(*) FROM workforce_count WHERE snapshot_id = ?", id));

        WebClient.Reply shown = analyst.get("/reports/wres/workforce?snapshot=" + id + "&uploaded=true");
        assertEquals(200, shown.status());
        assertTrue(shown.html().select(".notice").text().contains(name));

        assertEquals(id, uploaded(upload(analyst, name, "2026-04-01", file(org + ",midwife,band_6,white,30,0,0,0,0,0"))));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM workforce_count WHERE snapshot_id = ?", id));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM workforce_snapshot WHERE name = ? AND taken_on = '2026-04-01'", name));

        WebClient.Reply bad = upload(analyst, name, "2026-04-02", file(org + ",midwife,band_6,white,x,0,0,0,0,0"));
        assertEquals(422, bad.status());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM workforce_count WHERE snapshot_id = ? AND band = 'band_6'", id),
                "a refused file leaves the earlier upload whole");
    }

    @Test
    void wrongAndMissingHeadersAreRefused() {
        String header = HEADER.replace("headcount,", "staff,").replace(",board_voting_members", "");
        refused(header + "\r\n",
                "Row 1: the column ‘staff’ is not one of the template’s columns.",
                "Row 1: the column headcount is missing. Copy the header row of the template.",
                "Row 1: the column board_voting_members is missing. Copy the header row of the template.");
    }

    @Test
    void negativeAndNonNumericCountsAreRefused() {
        String org = organisation(jdbc, tx, "Counts trust");
        refused(file(org + ",midwife,band_5,white,-3,0,0,0,0,0", org + ",midwife,band_5,bme,12,many,0,0,0,0"),
                "Row 2, column headcount: enter a whole number of 0 or more, not ‘-3’.",
                "Row 3, column shortlisted: enter a whole number of 0 or more, not ‘many’.");
    }

    @Test
    void moreAppointedThanShortlistedOrEventsBeyondTheHeadcountAreRefused() {
        String org = organisation(jdbc, tx, "Appointed trust");
        refused(file(org + ",midwife,band_5,white,20,5,6,0,0,0", org + ",midwife,band_5,bme,12,0,0,13,0,0",
                        org + ",midwife,band_6,bme,12,0,0,0,14,0"),
                "Row 2, column appointed_from_shortlisting: more people appointed than shortlisted.",
                "Row 3, column entered_disciplinary: more people than the headcount of the row.",
                "Row 4, column accessed_training: more people than the headcount of the row.");
    }

    @Test
    void unknownOrganisationsAndCodesAreRefused() {
        String org = organisation(jdbc, tx, "Codes trust");
        refused(file("NO-SUCH-TRUST,midwife,band_5,white,20,0,0,0,0,0",
                        org + ",porter,band_5,white,20,0,0,0,0,0",
                        org + ",midwife,band_8,white,20,0,0,0,0,0",
                        org + ",midwife,band_5,asian,20,0,0,0,0,0"),
                "Row 2, column organisation: ‘NO-SUCH-TRUST’ is not the code of an organisation in Chorus.",
                "Row 3, column staff_group: ‘porter’ is not allowed. Use one of: midwife, maternity_support_worker,"
                        + " obstetrician, neonatal_nurse, neonatal_doctor, other_clinical, non_clinical.",
                "Row 4, column band: ‘band_8’ is not allowed. Use one of: band_1, band_2, band_3, band_4, band_5, band_6,"
                        + " band_7, band_8a, band_8b, band_8c, band_8d, band_9, vsm, medical.",
                "Row 5, column ethnicity: ‘asian’ is not allowed. Use one of: white, bme, unknown.");
    }

    @Test
    void duplicateRowsAndShortRowsAreRefused() {
        String org = organisation(jdbc, tx, "Duplicate trust");
        refused(file(org + ",midwife,band_5,white,20,0,0,0,0,0", org + ",Midwife,band_5,White,21,0,0,0,0,0",
                        org + ",midwife,band_5"),
                "Row 3: the same organisation, staff group, band and ethnicity as row 2. Give each combination one row.",
                "Row 4: it has 3 values, but the header row names 10 columns.");
    }

    @Test
    void aMissingNameDateOrFileIsExplainedWithNothingStored() {
        WebClient admin = StaffSession.admin(server.getURI());
        long before = stored();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrfToken", StaffSession.csrfToken(admin.get("/reports/wres/workforce/upload")));
        fields.put("name", "");
        fields.put("takenOn", "2026-02-30");
        WebClient.Reply reply = admin.postMultipart("/reports/wres/workforce/upload", fields, "file", null, null);
        assertEquals(422, reply.status(), reply.body());
        assertEquals(List.of("#name", "#takenOn", "#file"), reply.html().select(".error-summary a").eachAttr("href"));
        assertEquals(before, stored());
    }

    @Test
    void analystsAndAdministratorsMayUploadAndReadOthersMayNot() {
        assertEquals(200, signedIn(Role.ANALYST).get("/reports/wres/workforce").status());
        assertEquals(200, StaffSession.admin(server.getURI()).get("/reports/wres/workforce/upload").status());
        for (Role role : List.of(Role.DATA_ENTRY, Role.MVP_LEAD)) {
            WebClient staff = signedIn(role);
            assertEquals(403, staff.get("/reports/wres/workforce").status(), role.name());
            assertEquals(403, staff.get("/reports/wres/workforce/upload").status(), role.name());
            assertEquals(403, staff.get("/reports/wres/workforce/template.csv").status(), role.name());
        }
        WebClient anonymous = new WebClient(server.getURI()).header("Accept", "text/html");
        for (String path : List.of("/reports/wres/workforce", "/reports/wres/workforce/upload")) {
            WebClient.Reply reply = anonymous.get(path);
            assertEquals(303, reply.status(), path);
            assertEquals("/sign-in", reply.location());
        }
    }

    @Test
    void theHomePageLinksAnalystsToTheReport() {
        assertEquals(1, signedIn(Role.ANALYST).get("/admin").html().select("a[href='/reports/wres/workforce']").size());
        assertEquals(0, signedIn(Role.DATA_ENTRY).get("/admin").html().select("a[href='/reports/wres/workforce']").size());
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefusedAndStoresNothing() {
        String org = organisation(jdbc, tx, "Forged trust");
        WebClient admin = StaffSession.admin(server.getURI());
        admin.get("/reports/wres/workforce/upload");
        long before = stored();
        for (String token : new String[] {null, "forged"}) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (token != null) {
                fields.put("csrfToken", token);
            }
            fields.put("name", unique("forged"));
            fields.put("takenOn", "2026-03-31");
            WebClient.Reply reply = admin.postMultipart("/reports/wres/workforce/upload", fields, "file", "w.csv",
                    file(org + ",midwife,band_5,white,20,0,0,0,0,0"));
            assertEquals(403, reply.status());
        }
        assertEquals(before, stored());
    }

    @Test
    void theTemplateDownloadsWithTheColumnsTheUploadExpects() {
        WebClient.Reply template = StaffSession.admin(server.getURI()).get("/reports/wres/workforce/template.csv");
        assertEquals(200, template.status());
        assertTrue(template.header("Content-Disposition").contains("wres-workforce-template.csv"));
        assertEquals(WorkforceFile.COLUMNS, CsvText.parse(template.body()).get(0).cells());
    }

    @Test
    void theTemplateUploadsAsItIsOnceItsExampleOrganisationExists() {
        WebClient admin = StaffSession.admin(server.getURI());
        String template = admin.get("/reports/wres/workforce/template.csv").body();
        String code = CsvText.parse(template).get(1).cells().get(0);
        // Made as an administrator makes any organisation, through the form that checks what a code may be.
        String token = StaffSession.csrfToken(admin.get("/admin/staff"));
        WebClient.Reply added = admin.post("/admin/staff/organisations", "csrfToken", token, "code", code, "name", "Example trust");
        assertTrue(added.status() == 303 || Database.count(jdbc, tx, "SELECT COUNT(*) FROM organisation WHERE code = ?", code) == 1,
                "the template's code " + code + " is one an organisation can have: " + added.status());
        long snapshot = uploaded(upload(admin, unique("template"), "2026-03-31", template));
        assertEquals(CsvText.parse(template).size() - 1,
                Database.count(jdbc, tx, "SELECT COUNT(*) FROM workforce_count WHERE snapshot_id = ?", snapshot));
    }

    @Test
    void anOrganisationWithoutCountsInTheSnapshotSaysSoPlainly() {
        String counted = organisation(jdbc, tx, "Counted trust");
        String uncounted = organisation(jdbc, tx, "Uncounted trust");
        WebClient analyst = signedIn(Role.ANALYST);
        long snapshot = uploaded(upload(analyst, unique("partial"), "2026-03-31", file(counted + ",midwife,band_5,white,20,0,0,0,0,0")));
        Document page = analyst.get("/reports/wres/workforce?snapshot=" + snapshot + "&view=organisation-" + uncounted).html();
        assertTrue(page.text().contains("This snapshot has no counts for this organisation, so there are no figures to show."));
        assertTrue(page.select("table").isEmpty(), "no tables of zeros");
        assertTrue(page.text().contains("(31 March 2026)"), "the snapshot's date in words");
    }
}
