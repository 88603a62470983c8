package chorus.account;

import chorus.system.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With no administrator configured, the first start must not offer a guessable name: a stranger
 * could otherwise aim wrong passwords at "admin" from the day Chorus goes live.
 */
class FirstAdministratorTest {

    @Test
    void withNothingConfiguredTheFirstAdministratorGetsARandomNameLoggedOnce() {
        Logger logger = (Logger) LoggerFactory.getLogger(FirstAdministrator.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:h2:mem:first-admin-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "chorus.admin.username", "",
                "chorus.admin.password", ""), "test")) {
            List<Account> accounts = context.getBean(AccountService.class).accounts();
            assertEquals(1, accounts.size());
            String name = accounts.get(0).username();
            assertTrue(name.matches("admin-[a-hjkmnp-z2-9]{8}"), name);
            assertEquals(Role.ADMIN, accounts.get(0).role());
            List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(name)).toList();
            assertEquals(1, lines.size(), "the name is told once, with the one-off password");
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void generatedNamesDiffer() {
        assertEquals(50, java.util.stream.IntStream.range(0, 50).mapToObj(i -> FirstAdministrator.generatedName()).distinct().count());
    }
}
