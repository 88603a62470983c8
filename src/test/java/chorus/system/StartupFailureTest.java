package chorus.system;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A migration that fails stops Chorus from starting, and what it says names the cause. */
class StartupFailureTest {

    @Test
    void aFailedMigrationRefusesToStartWithAPlainMessage() {
        Map<String, Object> properties = Map.of(
                "datasources.default.url", "jdbc:h2:mem:broken-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=MySQL;"
                        + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "flyway.datasources.default.locations", "classpath:db/migration,classpath:broken-migration");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(EmbeddedServer.class, properties, "test").close());
        String message = StartupFailure.explain(refused).orElseThrow();
        assertTrue(message.startsWith("Chorus did not start: a database migration failed"), message);
        assertTrue(message.contains("V900__broken.sql"), message);
        assertTrue(message.toLowerCase().contains("no_such_table"), message);
        assertTrue(StartupFailure.explain(new IllegalStateException("port in use")).isEmpty(), "only what it can explain");
    }

    @Test
    void aSettingThatCannotWorkRefusesToStartNamingIt() {
        Map<String, Object> properties = Map.of(
                "datasources.default.url", "jdbc:h2:mem:zone-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=MySQL;"
                        + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "chorus.time-zone", "Mars/Olympus");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(EmbeddedServer.class, properties, "test").close());
        String message = StartupFailure.explain(refused).orElseThrow(() -> new AssertionError("not explained", refused));
        assertTrue(message.startsWith("Chorus did not start: a setting cannot work. chorus.time-zone: \"Mars/Olympus\""), message);
        assertTrue(message.contains("\"Settings\""), message);
    }
}
