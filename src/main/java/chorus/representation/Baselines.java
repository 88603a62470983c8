package chorus.representation;

import chorus.survey.EthnicCategory.Group;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The imported population baselines, and each one's share of people in the five NHS groups. */
@Singleton
public class Baselines {

    /** A stored baseline as the pages list it. */
    public record Summary(long id, String area, String source, int year, String classification, String measure,
                          LocalDate importedOn) {

        public boolean shares() {
            return "SHARE".equals(measure);
        }
    }

    static final List<Group> GROUPS = List.of(Group.WHITE, Group.MIXED, Group.ASIAN, Group.BLACK, Group.OTHER);

    private final JdbcOperations jdbc;

    Baselines(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the sets of one file, each replacing an earlier set of the same area, source and year. */
    @Transactional
    public void replace(List<BaselineImport.BaselineSet> sets, LocalDate today) {
        for (BaselineImport.BaselineSet set : sets) {
            jdbc.prepareStatement("DELETE FROM population_baseline WHERE area = ? AND source = ? AND year_of = ?", delete -> {
                delete.setString(1, set.area());
                delete.setString(2, set.source());
                delete.setInt(3, set.year());
                return delete.executeUpdate();
            });
            long id = jdbc.execute(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO population_baseline (area, source,"
                        + " year_of, classification, measure, imported_on) VALUES (?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, set.area());
                    insert.setString(2, set.source());
                    insert.setInt(3, set.year());
                    insert.setString(4, set.classification());
                    insert.setString(5, set.measure());
                    insert.setDate(6, Date.valueOf(today));
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            });
            jdbc.prepareStatement("INSERT INTO population_baseline_figure (baseline_id, category, amount) VALUES (?, ?, ?)",
                    insert -> {
                        for (Map.Entry<String, BigDecimal> figure : set.figures().entrySet()) {
                            insert.setLong(1, id);
                            insert.setString(2, figure.getKey());
                            insert.setBigDecimal(3, figure.getValue());
                            insert.addBatch();
                        }
                        return insert.executeBatch();
                    });
        }
    }

    @Transactional
    public List<Summary> all() {
        return jdbc.prepareStatement("SELECT id, area, source, year_of, classification, measure, imported_on"
                + " FROM population_baseline ORDER BY area, year_of DESC, source", select -> {
                    List<Summary> found = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.add(new Summary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                                    rows.getString(5), rows.getString(6), rows.getDate(7).toLocalDate()));
                        }
                    }
                    return found;
                });
    }

    @Transactional
    public Optional<Summary> find(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * Each group's share of the population (0 to 1) in a stored baseline. Shares are worked out from
     * the figures whether they were counts or published percentages, and "not stated" is left out,
     * so published percentages that do not add up to exactly 100 are scaled to do so.
     */
    @Transactional
    public Map<Group, Double> shares(long id) {
        Summary summary = find(id).orElseThrow();
        Map<String, BigDecimal> figures = jdbc.prepareStatement(
                "SELECT category, amount FROM population_baseline_figure WHERE baseline_id = ?", select -> {
                    select.setLong(1, id);
                    Map<String, BigDecimal> found = new LinkedHashMap<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1), rows.getBigDecimal(2));
                        }
                    }
                    return found;
                });
        Map<Group, BigDecimal> amounts = groupAmounts(summary.classification(), figures);
        BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Group, Double> shares = new EnumMap<>(Group.class);
        for (Group group : GROUPS) {
            shares.put(group, total.signum() == 0 ? 0.0
                    : amounts.get(group).divide(total, MathContext.DECIMAL64).doubleValue());
        }
        return shares;
    }

    /** The figures added up by NHS group, without "not stated". */
    static Map<Group, BigDecimal> groupAmounts(String classification, Map<String, BigDecimal> figures) {
        Map<Group, BigDecimal> amounts = new EnumMap<>(Group.class);
        GROUPS.forEach(g -> amounts.put(g, BigDecimal.ZERO));
        figures.forEach((category, amount) -> EthnicMapping.map(classification, category)
                .filter(m -> m.group() != Group.NOT_STATED)
                .ifPresent(m -> amounts.merge(m.group(), amount, BigDecimal::add)));
        return amounts;
    }
}
