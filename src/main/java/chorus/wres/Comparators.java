package chorus.wres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.EnumMap;
import java.util.Map;

/** The national WRES figures an administrator entered for a round, by indicator. */
@Singleton
class Comparators {

    /** National percentages (0 to 100) for White and BME staff; either may be null. */
    record Comparator(BigDecimal white, BigDecimal bme) {
    }

    private final JdbcOperations jdbc;

    Comparators(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    Map<WresIndicator, Comparator> of(long roundId) {
        return jdbc.prepareStatement("SELECT indicator, white_percent, bme_percent FROM wres_comparator WHERE round_id = ?",
                select -> {
                    select.setLong(1, roundId);
                    Map<WresIndicator, Comparator> found = new EnumMap<>(WresIndicator.class);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            BigDecimal white = rows.getBigDecimal(2);
                            BigDecimal bme = rows.getBigDecimal(3);
                            WresIndicator.numbered(rows.getInt(1)).ifPresent(i -> found.put(i, new Comparator(white, bme)));
                        }
                    }
                    return found;
                });
    }

    /** Replaces the round's figures: an indicator with neither figure has no row. */
    @Transactional
    void save(long roundId, Map<WresIndicator, Comparator> figures) {
        jdbc.prepareStatement("DELETE FROM wres_comparator WHERE round_id = ?", delete -> {
            delete.setLong(1, roundId);
            return delete.executeUpdate();
        });
        figures.forEach((indicator, figure) -> {
            if (figure.white() == null && figure.bme() == null) {
                return;
            }
            jdbc.prepareStatement("INSERT INTO wres_comparator (round_id, indicator, white_percent, bme_percent)"
                    + " VALUES (?, ?, ?, ?)", insert -> {
                        insert.setLong(1, roundId);
                        insert.setInt(2, indicator.number());
                        setPercent(insert, 3, figure.white());
                        setPercent(insert, 4, figure.bme());
                        return insert.executeUpdate();
                    });
        });
    }

    private static void setPercent(java.sql.PreparedStatement statement, int index, BigDecimal value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
