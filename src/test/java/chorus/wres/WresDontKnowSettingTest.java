package chorus.wres;

import static chorus.support.StaffFixture.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.support.StaffFixture;
import chorus.support.StaffSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An LMNS that keeps "Don't know" in the WRES 7 denominator gets that on the page, and is told so. */
@MicronautTest(transactional = false)
@Property(name = "chorus.wres.career-dont-know-in-denominator", value = "true")
class WresDontKnowSettingTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    AccountService accounts;

    @Test
    void dontKnowCountsAsNotBelievingInEqualOpportunities() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        StaffFixture staff = new StaffFixture(jdbc, tx);
        long trust = staff.organisation("DK-" + marker, "Don't know trust " + marker);
        long round = staff.round("Don't know round " + marker, LocalDate.of(2401, 1, 1));
        staff.group(20, round, trust, "A", "midwife", Map.of("career_progression", repeat("yes", 14, "no", 4, "dont_know", 2)));
        staff.group(20, round, trust, "H", "midwife", Map.of("career_progression", repeat("yes", 8, "no", 8, "dont_know", 4)));
        String name = "dk-analyst-" + marker;
        accounts.create(name, "a long enough password", Role.ANALYST);

        Document page = StaffSession.signIn(server.getURI(), name, "a long enough password").get("/reports/wres/" + round).html();

        // White 14 of 20 = 70.0% (not 14 of 18); BME 8 of 20 = 40.0% (not 8 of 16); gap -30.0; ratio 0.4 / 0.7 = 0.57.
        var row = WresReportTest.row(page, "wres-7-lmns", "Don't know round " + marker + " (this round)");
        assertEquals("20", row.get(WresReportTest.WHITE_N));
        assertEquals("70.0%", row.get(WresReportTest.WHITE_PERCENT));
        assertEquals("40.0%", row.get(WresReportTest.BME_PERCENT));
        assertEquals("-30.0", row.get(WresReportTest.GAP));
        assertEquals("0.57", row.get(WresReportTest.RATIO));
        assertTrue(page.text().contains("answers of “Don't know” are counted in the percentage"));
    }
}
