package chorus.wres;

import static chorus.support.StaffFixture.repeat;
import static chorus.wres.WresReportTest.BME_N;
import static chorus.wres.WresReportTest.BME_PERCENT;
import static chorus.wres.WresReportTest.GAP;
import static chorus.wres.WresReportTest.HIDDEN;
import static chorus.wres.WresReportTest.RATIO;
import static chorus.wres.WresReportTest.TOTAL_N;
import static chorus.wres.WresReportTest.UNKNOWN_N;
import static chorus.wres.WresReportTest.WHITE_N;
import static chorus.wres.WresReportTest.WHITE_PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.system.Role;
import chorus.support.StaffFixture;
import chorus.support.StaffSession;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression chooses the figures whose loss costs the WRES report least. A round with 28
 * White, 18 BME and 3 "not stated" staff used to hide every BME figure, because the BME column was the
 * smallest partner that could protect the 3; now "not stated" and the totals go first, and White, BME,
 * the gap and the ratio stay. Counts are even, which the cell key method publishes as they are.
 */
@MicronautTest(transactional = false)
class WresSuppressionTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void threeNotStatedNoLongerHideTheBmeFigures() {
        Document page = round(18, 10, LocalDate.of(2180, 4, 1));
        for (String table : List.of("wres-5-organisation", "wres-5-staff-group")) {
            List<String> row = row(page, table);
            assertEquals("28", row.get(WHITE_N), table);
            assertEquals("28.6%", row.get(WHITE_PERCENT), table);
            assertEquals("18", row.get(BME_N), table);
            assertEquals("55.6%", row.get(BME_PERCENT), table);
            assertEquals("+27.0", row.get(GAP), table);
            assertEquals("1.94", row.get(RATIO), table);
            assertEquals(HIDDEN, row.get(UNKNOWN_N), table + ": the 3 are hidden");
            assertEquals(HIDDEN, row.get(TOTAL_N), table + ": the total goes with them, not the BME figure");
        }
        List<String> lmns = WresReportTest.rows(page, "wres-5-lmns").get(0);
        assertEquals(List.of("28", "18"), List.of(lmns.get(1 + WHITE_N), lmns.get(1 + BME_N)), "the LMNS-wide figures too");
    }

    @Test
    void tenBmeStaffAreStillHidden() {
        List<String> row = row(round(10, 6, LocalDate.of(2181, 4, 1)), "wres-5-organisation");
        assertEquals(HIDDEN, row.get(BME_N));
        assertEquals(HIDDEN, row.get(BME_PERCENT));
        assertEquals("not available", row.get(GAP));
        assertEquals("not available", row.get(RATIO));
    }

    /** One trust: 28 White midwives (8 harassed), some BME midwives, 3 who preferred not to say. */
    private Document round(int bme, int bmeHarassed, LocalDate opens) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        StaffFixture staff = new StaffFixture(jdbc, tx);
        long trust = staff.organisation("S-" + marker, "Trust S " + marker);
        long round = staff.round("Suppression " + marker, opens);
        staff.group(28, round, trust, "A", "midwife", Map.of("harassment_public", repeat("1_2", 8, "never", 20)));
        staff.group(bme, round, trust, "M", "midwife", Map.of("harassment_public", repeat("1_2", bmeHarassed, "never", bme - bmeHarassed)));
        staff.group(3, round, trust, "Z", "midwife", Map.of("harassment_public", repeat("never", 3)));
        return StaffSession.newAccount(server, Role.ANALYST).get("/reports/wres/" + round).html();
    }

    private static List<String> row(Document page, String table) {
        return WresReportTest.rows(page, table).stream().filter(r -> r.get(0).startsWith("Trust S ") || r.get(0).equals("Midwives"))
                .findFirst().orElseThrow().subList(1, 11);
    }
}
