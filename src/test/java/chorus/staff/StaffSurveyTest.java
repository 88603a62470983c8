package chorus.staff;

import static chorus.support.StaffSurveyFixtures.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.i18n.Translations;
import chorus.support.Database;
import chorus.support.StaffSurveyFixtures;
import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Staff answer only in an open round, once per invitation code or through their organisation's open link. */
@MicronautTest(transactional = false)
class StaffSurveyTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    InvitationCodes codes;
    @Inject
    Translations translations;

    @Test
    void anInvitationCodeAdmitsExactlyOneSubmissionAndIsMarkedUsedWithoutALinkToIt() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        long orgId = StaffSurveyFixtures.organisationId(jdbc, tx, org);
        long round = StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.minusDays(3), TODAY.plusDays(10), true);
        String code = codes.generate(round, orgId, 3).get(0);
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), code);

        WebClient first = client();
        Document start = first.get(BASE).html();
        assertNotNull(start.selectFirst("input#code"), "a round with codes asks for one");
        assertTrue(start.text().contains(text("staff.anonymous.heading")), "the anonymity statement is on the first page");
        String marker = UUID.randomUUID().toString();
        // Typed as people do: lower case, spaces instead of dashes.
        String[] last = StaffSurveyFixtures.answerAllButLast(first, marker, "lang", "en", "code", code.toLowerCase().replace('-', ' '));
        WebClient.Reply done = StaffSurveyFixtures.postLast(first, last, marker);
        assertEquals(303, done.status(), done.body());
        assertEquals(BASE + "/done", done.location());

        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM staff_response r JOIN staff_answer a ON a.response_id = r.id"
                + " WHERE r.round_id = ? AND r.organisation_id = ? AND a.text_value = ?", round, orgId, marker),
                "stored with its round and organisation, and no date: the round dates it");
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE text_value = ?", marker),
                "nothing in the service users' tables");
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM invitation_code WHERE round_id = ? AND used", round));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM draft WHERE round_id IS NOT NULL AND submitted"),
                "a submitted staff draft is gone, its code, round, organisation and expiry with it");

        WebClient.Reply again = client().post(BASE, "lang", "en", "code", code);
        assertEquals(422, again.status(), "the second use is refused");
        WebClient.Reply unknown = client().post(BASE, "lang", "en", "code", "ABCD-EFGH-JKMN");
        assertEquals(422, unknown.status());
        String used = again.html().selectFirst("#code-error").text();
        assertEquals(used, unknown.html().selectFirst("#code-error").text(), "used and unknown codes get the same message");
        assertTrue(used.contains(text("staff.code.bad")), used);
        assertEquals("ABCD-EFGH-JKMN", unknown.html().selectFirst("input#code").val(), "what was typed is kept");
        assertTrue(unknown.html().title().startsWith("Error: "));
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM invitation_code WHERE round_id = ? AND used", round));
    }

    @Test
    void theUsedCodeTableHoldsNothingThatLinksACodeToAResponseOrToWhenItWasUsed() throws Exception {
        List<String> columns = tx.executeRead(status -> jdbc.prepareStatement("SELECT * FROM invitation_code WHERE 1 = 0", select -> {
            List<String> names = new java.util.ArrayList<>();
            var meta = select.executeQuery().getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase());
            }
            java.util.Collections.sort(names);
            return names;
        }));
        assertEquals(List.of("code_hash", "organisation_id", "round_id", "used"), columns, "no id, no time, no response");
        List<String> references = tx.executeRead(status -> jdbc.execute(connection -> {
            List<String> tables = new java.util.ArrayList<>();
            for (String table : List.of("invitation_code", "INVITATION_CODE")) {
                try (var keys = connection.getMetaData().getImportedKeys(connection.getCatalog(), null, table)) {
                    while (keys.next()) {
                        tables.add(keys.getString("PKTABLE_NAME").toLowerCase());
                    }
                }
            }
            return tables.stream().distinct().sorted().toList();
        }));
        assertEquals(List.of("organisation", "survey_round"), references);

        // Use codes in a known order. The rows keep the order they had when the codes were made (shuffled,
        // and by hash on MySQL), so the used rows come back in that order, not in the order of use.
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        long round = StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.minusDays(1), TODAY.plusDays(1), true);
        List<String> made = codes.generate(round, StaffSurveyFixtures.organisationId(jdbc, tx, org), 40);
        List<String> before = hashes(round, "");
        List<String> usedInOrder = made.subList(0, 12).stream().map(InvitationCodes::hashOf).toList();
        for (String hash : usedInOrder) {
            Boolean claimed = tx.executeWrite(status -> codes.claim(hash));
            assertTrue(claimed);
        }
        List<String> used = hashes(round, " AND used");
        assertEquals(usedInOrder.stream().sorted().toList(), used.stream().sorted().toList());
        assertEquals(before.stream().filter(usedInOrder::contains).toList(), used,
                "marking codes used does not move them: their order is the one fixed when they were made");
        assertEquals(before, hashes(round, ""), "nor does it change the table's order");
    }

    private List<String> hashes(long round, String condition) {
        return tx.executeRead(status -> jdbc.prepareStatement(
                "SELECT code_hash FROM invitation_code WHERE round_id = ?" + condition, select -> {
                    select.setLong(1, round);
                    List<String> hashes = new java.util.ArrayList<>();
                    try (var rows = select.executeQuery()) {
                        while (rows.next()) {
                            hashes.add(rows.getString(1));
                        }
                    }
                    return hashes;
                }));
    }

    @Test
    void anOpenLinkStoresOneResponseForADoubleTapWithItsRoundAndOrganisation() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        long orgId = StaffSurveyFixtures.organisationId(jdbc, tx, org);
        long round = StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY, TODAY, false);
        WebClient phone = client();
        Document start = phone.get(BASE + "?org=" + org).html();
        assertEquals(org, WebClient.hiddenFields(start).get("org"));
        assertTrue(start.select("input#code").isEmpty(), "an open link needs no code");
        String marker = UUID.randomUUID().toString();
        String[] last = StaffSurveyFixtures.answerAllButLast(phone, marker, "lang", "en", "org", org);

        assertEquals(303, StaffSurveyFixtures.postLast(phone, last, marker).status());
        assertEquals(303, StaffSurveyFixtures.postLast(phone, last, marker).status(), "the second tap sees the thank-you page");

        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM staff_response r JOIN staff_answer a ON a.response_id = r.id"
                + " WHERE r.round_id = ? AND r.organisation_id = ? AND a.text_value = ?", round, orgId, marker));
    }

    /**
     * What an administrator with the database could use to place a staff response in time: an id
     * from a sequence shared with dated service-user responses, a time column, a kept draft.
     */
    @Test
    void nothingStoredOrdersOrDatesAStaffResponse() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.minusDays(1), TODAY.plusDays(1), false);
        // record_key is a random byte drawn when the response is stored (the cell key method): no order, no time.
        assertEquals(List.of("id", "language", "organisation_id", "record_key", "round_id", "survey_id", "survey_version"),
                columns("staff_response"));
        assertEquals(List.of("number_value", "option_value", "question_id", "response_id", "seq", "text_value"),
                columns("staff_answer"));

        long before = lastServiceUserResponse();
        List<String> markers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String marker = UUID.randomUUID().toString();
            markers.add(marker);
            WebClient phone = client();
            String[] last = StaffSurveyFixtures.answerAllButLast(phone, marker, "lang", "en", "org", org);
            assertEquals(303, StaffSurveyFixtures.postLast(phone, last, marker).status());
        }
        long after = lastServiceUserResponse();
        assertEquals(before + 1, after, "service users answering around staff leave no gap in the ids");

        for (String marker : markers) {
            String id = tx.executeRead(status -> jdbc.prepareStatement("SELECT r.id FROM staff_response r"
                    + " JOIN staff_answer a ON a.response_id = r.id WHERE a.text_value = ?", select -> {
                        select.setString(1, marker);
                        try (var row = select.executeQuery()) {
                            row.next();
                            return row.getString(1);
                        }
                    }));
            assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                    "a random (version 4) id, which says nothing of when: " + id);
        }
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM draft WHERE round_id IS NOT NULL AND submitted"));
    }

    private long lastServiceUserResponse() {
        chorus.support.SurveyRun run = new chorus.support.SurveyRun(client());
        run.finish(run.start("en"), chorus.support.SurveyRun.everyPage());
        return Database.count(jdbc, tx, "SELECT MAX(id) FROM response");
    }

    private List<String> columns(String table) {
        return tx.executeRead(status -> jdbc.execute(connection -> {
            List<String> names = new java.util.ArrayList<>();
            try (var select = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
                 var rows = select.executeQuery()) {
                var meta = rows.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    assertFalse(meta.isAutoIncrement(i), table + "." + meta.getColumnName(i) + " counts up");
                    names.add(meta.getColumnName(i).toLowerCase());
                }
            }
            java.util.Collections.sort(names);
            return names;
        }));
    }

    @Test
    void anOpenLinkWithoutAKnownOrganisationIsRefused() {
        StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY, TODAY.plusDays(5), false);
        WebClient.Reply reply = client().get(BASE + "?org=no-such-org");
        assertEquals(422, reply.status());
        assertEquals(text("staff.refused.no_organisation.title"), reply.html().selectFirst("h1").text());
        assertEquals(422, client().post(BASE, "lang", "en", "org", "no-such-org").status(), "nor can the form be posted");
    }

    @Test
    void aClosedRoundSaysWhenItClosedInThePersonsLanguage() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        long round = StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.minusDays(20), TODAY.minusDays(1), false);
        WebClient.Reply reply = client().get(BASE + "?org=" + org);
        assertEquals(410, reply.status());
        String name = StaffSurveyFixtures.roundName(jdbc, tx, round);
        String closed = StaffEntry.date(TODAY.minusDays(1), translations.source());
        assertTrue(reply.html().text().contains("closed on " + closed), reply.body());
        assertTrue(reply.html().text().contains(name));
        assertTrue(reply.html().select("form").isEmpty(), "nothing to answer");

        WebClient.Reply polish = client().header("Accept-Language", "pl").get(BASE + "?org=" + org);
        assertEquals("pl", polish.html().selectFirst("html").attr("lang"));
        assertTrue(polish.html().text().contains(StaffEntry.date(TODAY.minusDays(1), translations.language("pl").orElseThrow())));
        WebClient.Reply arabic = client().get(BASE + "?lang=ar&org=" + org);
        assertEquals(410, arabic.status(), "explained in Arabic, although the survey itself is in English only");
        assertEquals("rtl", arabic.html().selectFirst("html").attr("dir"));
        assertEquals("ur", client().get(BASE + "?lang=ur").html().selectFirst("html").attr("lang"));
        assertEquals(410, client().post(BASE, "lang", "en", "org", org).status(), "the start form is refused too");
    }

    @Test
    void aFutureRoundSaysWhenItOpens() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.plusDays(7), TODAY.plusDays(30), true);
        WebClient.Reply reply = client().get(BASE + "?org=" + org);
        assertEquals(409, reply.status());
        assertTrue(reply.html().text().contains("opens on " + StaffEntry.date(TODAY.plusDays(7), translations.source())), reply.body());
        assertTrue(reply.html().select("input").isEmpty());
    }

    @Test
    void aRoundThatClosesWhileSomeoneAnswersRefusesTheSubmissionAndKeepsTheCodeUnused() {
        String org = StaffSurveyFixtures.organisation(jdbc, tx);
        long round = StaffSurveyFixtures.onlyRound(jdbc, tx, TODAY.minusDays(5), TODAY.plusDays(5), true);
        String code = codes.generate(round, StaffSurveyFixtures.organisationId(jdbc, tx, org), 1).get(0);
        WebClient phone = client();
        String marker = UUID.randomUUID().toString();
        String[] last = StaffSurveyFixtures.answerAllButLast(phone, marker, "lang", "en", "code", code);
        Database.update(jdbc, tx, "UPDATE survey_round SET closes_on = ? WHERE id = ?", Date.valueOf(TODAY.minusDays(1)), round);

        WebClient.Reply refused = StaffSurveyFixtures.postLast(phone, last, marker);

        assertEquals(410, refused.status());
        assertEquals(text("staff.refused.closed_while_answering.title"), refused.html().selectFirst("h1").text());
        assertTrue(refused.html().text().contains(StaffEntry.date(TODAY.minusDays(1), translations.source())));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM answer WHERE text_value = ?", marker));
        assertEquals(0, Database.count(jdbc, tx, "SELECT COUNT(*) FROM invitation_code WHERE code_hash = ? AND used",
                InvitationCodes.hashOf(code)), "the code is not burnt by a refused submission");
    }

    private String text(String key) {
        return translations.texts(translations.source()).ui(key).value();
    }

    private WebClient client() {
        return new WebClient(server.getURI());
    }
}
