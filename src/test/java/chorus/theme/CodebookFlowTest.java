package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.disclosure.RecordKeys;
import chorus.support.Database;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import chorus.system.Role;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Administrators keep the codebook: adding, renaming, retiring and merging themes, each refused with
 * a message when it makes no sense, every change in the history, and no coding lost: a merged theme's
 * codings count for the theme it went into. Themes and items are the test's own, dated 2096.
 */
@MicronautTest(transactional = false)
class CodebookFlowTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    SaidThemeStore saidThemes;

    @Test
    void addingRenamingAndMergingKeepEveryCodingAndTheHistory() {
        WebClient admin = StaffSession.admin(server.getURI());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long top = Database.count(jdbc, tx, "SELECT MIN(id) FROM theme WHERE parent_id IS NULL AND retired = FALSE"
                + " AND merged_into IS NULL");
        long changes = Database.count(jdbc, tx, "SELECT COUNT(*) FROM theme_change");

        WebClient.Reply list = admin.get("/admin/themes");
        String csrf = StaffSession.csrfToken(list);
        WebClient.Reply bad = admin.post("/admin/themes", "csrfToken", csrf, "code", "Not A Code", "name", "",
                "description", "kept description", "parent", Long.toString(top));
        assertEquals(422, bad.status());
        assertTrue(bad.html().getElementById("code-error").text().contains("lower-case letters"));
        assertTrue(bad.html().getElementById("name-error").text().contains("Enter a name"));
        assertEquals("Not A Code", bad.html().getElementById("code").val(), "what was typed is kept");
        assertEquals("kept description", bad.html().getElementById("description").text());

        long kept = add(admin, csrf, "kept-" + suffix, "Kept " + suffix, top);
        long merged = add(admin, csrf, "merged-" + suffix, "Merged " + suffix, top);
        long child = add(admin, csrf, "child-" + suffix, "Child " + suffix, kept);
        assertEquals(422, admin.post("/admin/themes", "csrfToken", csrf, "code", "kept-" + suffix, "name", "Again",
                "description", "A code used twice.").status(), "a code is a theme's for good");
        assertEquals(422, admin.post("/admin/themes", "csrfToken", csrf, "code", "deep-" + suffix, "name", "Deep",
                "description", "A fourth level.", "parent", Long.toString(child)).status(), "three levels at most");

        WebClient.Reply emptyName = admin.post("/admin/themes/" + kept + "/rename", "csrfToken", csrf, "name", "",
                "description", "Still here.");
        assertEquals(422, emptyName.status());
        assertEquals("Still here.", emptyName.html().getElementById("description").text());
        assertEquals(303, admin.post("/admin/themes/" + kept + "/rename", "csrfToken", csrf, "name", "Renamed " + suffix,
                "description", "Renamed on purpose.").status());

        WebClient.Reply self = admin.post("/admin/themes/" + kept + "/merge", "csrfToken", csrf, "into", Long.toString(kept));
        assertEquals(422, self.status());
        assertTrue(self.html().getElementById("into-error").text().contains("into itself"));
        WebClient.Reply under = admin.post("/admin/themes/" + kept + "/merge", "csrfToken", csrf, "into", Long.toString(child));
        assertEquals(422, under.status());
        assertTrue(under.html().getElementById("into-error").text().contains("under it"));
        assertNull(under.html().selectFirst("#into option[value=" + child + "]"), "a theme under it is not even offered");

        // Six people (an even count is published as it is) coded with the theme about to be merged: after the
        // merge they count for the theme it went into.
        for (int i = 0; i < 6; i++) {
            codedWith(merged);
        }
        assertEquals(303, admin.post("/admin/themes/" + merged + "/merge", "csrfToken", csrf, "into", Long.toString(kept))
                .status());
        assertEquals(6, Database.count(jdbc, tx, "SELECT COUNT(*) FROM theme_coding WHERE theme_id = ?", merged),
                "no coding is changed or lost");
        WebClient.Reply report = admin.get("/reports/themes?from=2096-01-01&to=2096-12-31");
        Element row = report.html().select("#themes-overview tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().endsWith("Renamed " + suffix)).findFirst().orElseThrow();
        assertEquals("6", row.select("td").get(0).text(), "the merged theme's people count for the theme it went into");
        assertTrue(report.html().select("#themes-overview tbody th").stream().noneMatch(th -> th.text().endsWith("Merged " + suffix)),
                "a merged theme has no row of its own");

        assertEquals(303, admin.post("/admin/themes/" + kept + "/retire", "csrfToken", csrf).status());
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM theme WHERE id = ? AND retired = TRUE", kept));
        String item = item();
        assertNull(admin.get("/themes/items/" + item).html().selectFirst("input[name=theme][value=" + kept + "]"),
                "a retired theme is not offered");
        assertEquals(303, admin.post("/admin/themes/" + kept + "/retire", "csrfToken", csrf).status(), "and used again");

        assertEquals(changes + 7, Database.count(jdbc, tx, "SELECT COUNT(*) FROM theme_change"),
                "three added, one renamed, one merged, one retired, one restored: the codebook's version");
        assertTrue(admin.get("/admin/themes").html().select("table").text().contains("Renamed " + suffix));
        assertEquals(403, StaffSession.newAccount(server, Role.ANALYST).get("/admin/themes").status());
    }

    private long add(WebClient admin, String csrf, String code, String name, long parent) {
        WebClient.Reply added = admin.post("/admin/themes", "csrfToken", csrf, "code", code, "name", name,
                "description", "A theme of the test.", "parent", Long.toString(parent));
        assertEquals(303, added.status(), added.body());
        return Database.count(jdbc, tx, "SELECT id FROM theme WHERE code = ?", code);
    }

    private void codedWith(long theme) {
        String id = item();
        Database.update(jdbc, tx, "UPDATE said_item SET status = 'CODED', decided_by = 'fixture' WHERE id = ?", id);
        Database.update(jdbc, tx, "INSERT INTO theme_coding (item_id, coder, theme_id) VALUES (?, 'fixture', ?)", id, theme);
        // Coded behind Chorus's back: write the rows the report counts by, as a save does.
        tx.executeWrite(status -> {
            saidThemes.refresh(id);
            return null;
        });
    }

    private String item() {
        String key = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO response (survey_id, survey_version, language, channel, submitted_on,"
                + " submission_key, record_key) VALUES ('maternity-experience', 1, 'en', 'ONLINE', DATE '2096-05-01', ?, ?)",
                key, RecordKeys.fresh());
        long response = Database.count(jdbc, tx, "SELECT id FROM response WHERE submission_key = ?", key);
        String id = UUID.randomUUID().toString();
        Database.update(jdbc, tx, "INSERT INTO said_item (id, source, response_id, language, channel, said_on, redacted_text,"
                + " redaction_edited, status, safeguarding, double_coded, version, record_key) VALUES (?, 'SURVEY', ?, 'en',"
                + " 'ONLINE', DATE '2096-05-01', 'Something said.', FALSE, 'NEW', FALSE, FALSE, 0, ?)", id, response,
                RecordKeys.fresh());
        return id;
    }
}
