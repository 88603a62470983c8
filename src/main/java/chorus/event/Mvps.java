package chorus.event;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The MVPs administrators set up, so that MVP leads' accounts and events belong to one. */
@Singleton
public class Mvps {

    private final JdbcOperations jdbc;

    Mvps(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public List<Mvp> all() {
        return jdbc.prepareStatement("SELECT id, code, name FROM mvp ORDER BY name, code", select -> {
            List<Mvp> mvps = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mvps.add(new Mvp(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return mvps;
        });
    }

    @Transactional
    public Optional<Mvp> find(long id) {
        return all().stream().filter(m -> m.id() == id).findFirst();
    }

    /** The MVP whose id is the text a form sent, if there is one. */
    @Transactional
    public Optional<Mvp> find(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return find(Long.parseLong(id));
    }

    @Transactional
    boolean codeTaken(String code) {
        return all().stream().anyMatch(m -> m.code().equalsIgnoreCase(code));
    }

    @Transactional
    void create(String code, String name) {
        jdbc.prepareStatement("INSERT INTO mvp (code, name) VALUES (?, ?)", insert -> {
            insert.setString(1, code);
            insert.setString(2, name);
            return insert.executeUpdate();
        });
    }
}
