package chorus.workforce;

import chorus.staff.Organisation;
import chorus.staff.StaffRounds;
import chorus.system.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Workforce snapshots and their counts, and the organisations they belong to. The counts are written
 * and read by hand-written SQL: a file is a bulk write of thousands of rows, and the report reads them all.
 */
@Singleton
class WorkforceStore {

    private final JdbcOperations jdbc;
    private final SnapshotRepository snapshots;
    private final StaffRounds staffRounds;

    WorkforceStore(JdbcOperations jdbc, SnapshotRepository snapshots, StaffRounds staffRounds) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.staffRounds = staffRounds;
    }

    List<Organisation> organisations() {
        return staffRounds.organisations();
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
        return snapshots.findAll(Sort.of(Sort.Order.desc("takenOn"), Sort.Order.asc("name")));
    }

    /**
     * Stores a checked file as the snapshot of that name, replacing all its earlier counts: all or
     * nothing, so a report never mixes two uploads.
     */
    @Transactional
    long replace(String name, LocalDate takenOn, List<CountRow> rows) {
        long id = snapshots.findByName(name).map(Snapshot::id).map(existing -> {
            snapshots.update(existing, takenOn);
            Sql.update(jdbc, "DELETE FROM workforce_count WHERE snapshot_id = ?", existing);
            return existing;
        }).orElseGet(() -> snapshots.save(new Snapshot(null, name, takenOn)).id());
        // A bulk write: a file holds thousands of rows, sent as one JDBC batch.
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
        return Sql.list(jdbc, "SELECT organisation_id, staff_group, band, ethnicity, headcount, shortlisted,"
                + " appointed_from_shortlisting, entered_disciplinary, accessed_training, board_voting_members"
                + " FROM workforce_count WHERE snapshot_id = ?", WorkforceStore::row, snapshotId);
    }

    private static CountRow row(ResultSet rows) throws SQLException {
        return new CountRow(rows.getLong(1), StaffGroup.ofCode(rows.getString(2)).orElseThrow(),
                Band.ofCode(rows.getString(3)).orElseThrow(), Ethnicity.ofCode(rows.getString(4)).orElseThrow(),
                new Counts(rows.getInt(5), rows.getInt(6), rows.getInt(7), rows.getInt(8), rows.getInt(9), rows.getInt(10)));
    }
}
