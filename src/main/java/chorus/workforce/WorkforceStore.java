package chorus.workforce;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workforce snapshots and their counts, and the organisations they belong to. */
@Singleton
class WorkforceStore {

    /** An organisation of the LMNS. */
    record Organisation(long id, String code, String name) {
    }

    /** A reporting snapshot, such as "2026" taken on 31 March 2026. */
    record Snapshot(long id, String name, LocalDate takenOn) {
    }

    private final JdbcOperations jdbc;

    WorkforceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    List<Organisation> organisations() {
        return jdbc.prepareStatement("SELECT id, code, name FROM organisation ORDER BY name, code", select -> {
            List<Organisation> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Organisation(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return found;
        });
    }

    /** Organisation code to id, for checking a file. */
    @Transactional
    Map<String, Long> organisationIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        organisations().forEach(o -> ids.put(o.code(), o.id()));
        return ids;
    }

    /** Newest first. */
    @Transactional
    List<Snapshot> snapshots() {
        return jdbc.prepareStatement("SELECT id, name, taken_on FROM workforce_snapshot ORDER BY taken_on DESC, name", select -> {
            List<Snapshot> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Snapshot(rows.getLong(1), rows.getString(2), rows.getDate(3).toLocalDate()));
                }
            }
            return found;
        });
    }

    /**
     * Stores a checked file as the snapshot of that name, replacing all its earlier counts: all or
     * nothing, so a report never mixes two uploads.
     */
    @Transactional
    long replace(String name, LocalDate takenOn, List<CountRow> rows) {
        long id = find(name).map(existing -> {
            jdbc.prepareStatement("UPDATE workforce_snapshot SET taken_on = ? WHERE id = ?", update -> {
                update.setDate(1, Date.valueOf(takenOn));
                update.setLong(2, existing);
                return update.executeUpdate();
            });
            jdbc.prepareStatement("DELETE FROM workforce_count WHERE snapshot_id = ?", delete -> {
                delete.setLong(1, existing);
                return delete.executeUpdate();
            });
            return existing;
        }).orElseGet(() -> insertSnapshot(name, takenOn));
        jdbc.prepareStatement("INSERT INTO workforce_count (snapshot_id, organisation_id, staff_group, band, ethnicity, headcount,"
                + " shortlisted, appointed_from_shortlisting, entered_disciplinary, accessed_training, board_voting_members)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", insert -> {
            for (CountRow row : rows) {
                insert.setLong(1, id);
                insert.setLong(2, row.organisationId());
                insert.setString(3, row.group().code);
                insert.setString(4, row.band().code());
                insert.setString(5, row.ethnicity().code());
                Counts c = row.counts();
                int[] values = {c.headcount(), c.shortlisted(), c.appointed(), c.disciplinary(), c.training(), c.board()};
                for (int i = 0; i < values.length; i++) {
                    insert.setInt(6 + i, values[i]);
                }
                insert.addBatch();
            }
            return insert.executeBatch();
        });
        return id;
    }

    @Transactional
    List<CountRow> counts(long snapshotId) {
        return jdbc.prepareStatement("SELECT organisation_id, staff_group, band, ethnicity, headcount, shortlisted,"
                + " appointed_from_shortlisting, entered_disciplinary, accessed_training, board_voting_members"
                + " FROM workforce_count WHERE snapshot_id = ?", select -> {
            select.setLong(1, snapshotId);
            List<CountRow> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(row(rows));
                }
            }
            return found;
        });
    }

    private static CountRow row(ResultSet rows) throws SQLException {
        return new CountRow(rows.getLong(1), StaffGroup.ofCode(rows.getString(2)).orElseThrow(),
                Band.ofCode(rows.getString(3)).orElseThrow(), Ethnicity.ofCode(rows.getString(4)).orElseThrow(),
                new Counts(rows.getInt(5), rows.getInt(6), rows.getInt(7), rows.getInt(8), rows.getInt(9), rows.getInt(10)));
    }

    private Optional<Long> find(String name) {
        return jdbc.prepareStatement("SELECT id FROM workforce_snapshot WHERE name = ?", select -> {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        });
    }

    private long insertSnapshot(String name, LocalDate takenOn) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO workforce_snapshot (name, taken_on) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setDate(2, Date.valueOf(takenOn));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
