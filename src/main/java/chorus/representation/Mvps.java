package chorus.representation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The MVPs of the LMNS, and which one an MVP lead works for. */
@Singleton
public class Mvps {

    /** An MVP as the report names it. */
    public record Mvp(long id, String code, String name) {

        public String href() {
            return "/reports/representation/mvp/" + code;
        }
    }

    private final JdbcOperations jdbc;

    Mvps(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public List<Mvp> all() {
        return jdbc.prepareStatement("SELECT id, code, name FROM mvp ORDER BY name", select -> {
            List<Mvp> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Mvp(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return found;
        });
    }

    public Optional<Mvp> byCode(String code) {
        return all().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The MVP of a signed-in lead; empty for staff who work for no one MVP. */
    @Transactional
    public Optional<Mvp> of(String username) {
        Long id = jdbc.prepareStatement("SELECT mvp_id FROM user_account WHERE username = ?", select -> {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? (Long) row.getObject(1, Long.class) : null;
            }
        });
        return id == null ? Optional.empty() : all().stream().filter(m -> m.id() == id).findFirst();
    }
}
