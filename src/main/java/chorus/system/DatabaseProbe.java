package chorus.system;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;

/** Asks the database the cheapest question there is, so health checks see an outage. */
@Singleton
class DatabaseProbe {

    private final JdbcOperations jdbc;

    DatabaseProbe(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public boolean answers() {
        return jdbc.prepareStatement("SELECT 1", select -> {
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        });
    }
}
