package chorus.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.support.Database;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The secret is made once and kept in the database, so every instance and every restart gives the
 * same records the same keys; and disclosure control depends on no feature of Chorus.
 */
@MicronautTest(startApplication = false, transactional = false)
class DisclosureSecretTest {

    @Inject
    RecordKeys keys;
    @Inject
    DisclosureSecret secret;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theKeysComeFromTheOneStoredSecret() {
        assertEquals(1, Database.count(jdbc, tx, "SELECT COUNT(*) FROM disclosure_secret"));
        byte[] stored = HexFormat.of().parseHex(stored());
        assertEquals(32, stored.length);
        assertArrayEquals(stored, secret.secret(), "asking again reads the same secret");
        RecordKeys fromDatabase = new RecordKeys(stored);
        for (String identity : List.of("r:1", "s:0b5c", "t:42:M")) {
            assertEquals(fromDatabase.record(identity), keys.record(identity), identity);
        }
    }

    @Test
    void anInstanceStartingAtTheSameTimeCannotReplaceTheSecret() {
        String before = stored();
        Database.update(jdbc, tx, "INSERT IGNORE INTO disclosure_secret (id, secret) VALUES (1, ?)", "ab".repeat(32));
        assertEquals(before, stored());
    }

    @Test
    void disclosureControlImportsNoFeatureOfChorus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/chorus/disclosure"))) {
            files.forEach(file -> {
                try {
                    Files.readAllLines(file).stream().filter(l -> l.startsWith("import chorus."))
                            .forEach(l -> assertTrue(l.startsWith("import chorus.disclosure."), file + ": " + l));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private String stored() {
        return tx.executeRead(status -> jdbc.prepareStatement("SELECT secret FROM disclosure_secret WHERE id = 1", select -> {
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }));
    }
}
