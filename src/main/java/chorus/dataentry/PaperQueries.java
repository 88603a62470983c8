package chorus.dataentry;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

/**
 * How promptly paper forms become answers, for the board report's "complete and timely data": the
 * batches opened in a period and where their forms stand. Hand SQL because it is a report
 * aggregate over the keying tables. Batches and forms are counts of paper, with no characteristic
 * of anyone attached, so they are published as they are.
 */
@Singleton
public class PaperQueries {

    /** A batch is late when a form in it still waits to be confirmed this many days after it was opened. */
    public static final int LATE_AFTER_DAYS = 14;

    /**
     * The batches opened from {@code from} to {@code to} (one MVP's events only when {@code mvpId} is
     * set), their forms keyed, confirmed and waiting, and the batches late on {@code today}.
     */
    public record Timeliness(int batches, int keyed, int confirmed, int waiting, int late) {
    }

    private final JdbcOperations jdbc;

    PaperQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Timeliness timeliness(LocalDate from, LocalDate to, Long mvpId, LocalDate today) {
        String sql = "SELECT b.id, b.created_on, COUNT(f.id),"
                + " SUM(CASE WHEN f.status = '" + KeyedForms.FINAL + "' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN f.status = '" + KeyedForms.PENDING + "' THEN 1 ELSE 0 END)"
                + " FROM paper_batch b LEFT JOIN keyed_form f ON f.batch_id = b.id"
                + (mvpId == null ? "" : " JOIN listening_event e ON e.id = b.event_id")
                + " WHERE b.created_on >= ? AND b.created_on <= ?" + (mvpId == null ? "" : " AND e.mvp_id = ?")
                + " GROUP BY b.id, b.created_on";
        return jdbc.prepareStatement(sql, (PreparedStatement select) -> {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            if (mvpId != null) {
                select.setLong(3, mvpId);
            }
            int batches = 0;
            int keyed = 0;
            int confirmed = 0;
            int waiting = 0;
            int late = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batches++;
                    keyed += rows.getInt(3);
                    confirmed += rows.getInt(4);
                    int pending = rows.getInt(5);
                    waiting += pending;
                    if (pending > 0 && rows.getDate(2).toLocalDate().plusDays(LATE_AFTER_DAYS).isBefore(today)) {
                        late++;
                    }
                }
            }
            return new Timeliness(batches, keyed, confirmed, waiting, late);
        });
    }
}
