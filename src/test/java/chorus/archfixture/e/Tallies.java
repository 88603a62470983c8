package chorus.archfixture.e;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

/** Hand-written SQL in a class not named for it, for ArchitectureTest to catch. */
public class Tallies {

    private final JdbcOperations jdbc;

    public Tallies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM ledger", statement -> {
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
