package chorus.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.support.WebClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Chorus reads the date from its one injected clock, not the server's: with the clock fixed on a
 * day years ahead, that day is today, although by the real date it is the future. (A day in the
 * past would not do: the session cookie would expire before it was sent.)
 */
@MicronautTest(transactional = false)
class EventDateClockTest {

    /** Late evening in London, already the next day in UTC+1 and later: the clock's zone decides "today". */
    static final ZonedDateTime EVENING = ZonedDateTime.of(2031, 2, 28, 23, 30, 0, 0, ZoneId.of("Europe/London"));

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(EVENING.toInstant(), EVENING.getZone());
    }

    @Test
    void whatCountsAsTheFutureFollowsTheInjectedClock() {
        EventFixtures fixtures = new EventFixtures(server.getURI(), jdbc, tx);
        WebClient lead = fixtures.lead(fixtures.mvp());
        String token = EventFixtures.token(lead, "/mvp/events/new");
        String marker = EventFixtures.unique();

        WebClient.Reply tomorrow = lead.post("/mvp/events", EventFixtures.eventFields(token, LocalDate.of(2031, 3, 1), 5, marker));
        assertEquals(422, tomorrow.status(), "1 March 2031 is tomorrow by the clock");
        WebClient.Reply today = lead.post("/mvp/events", EventFixtures.eventFields(token, LocalDate.of(2031, 2, 28), 5, marker));
        assertEquals(303, today.status(), "28 February 2031 is today by the clock, though years ahead by the real date");
    }
}
