package chorus.representation;

import chorus.survey.EthnicCategory.Group;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The imported population baselines, and each one's share of people in the five NHS groups. The
 * report compares with the whole LMNS unless asked for one area: the newest baseline of the area
 * named in {@code chorus.representation.lmns-area}, or else the counts of every area of the newest
 * edition of counts (one source and year) added up.
 */
@Singleton
public class Baselines {

    /** The report's choice of the whole LMNS, in its address. */
    static final String LMNS = "lmns";

    /**
     * A population the report compares with, and its share of people in each group.
     *
     * @param choice {@link #LMNS} or a stored baseline's id
     * @param area null for areas added up
     * @param areas how many areas were added up; 0 for one stored baseline
     */
    public record Comparison(String choice, Baseline.Kind kind, String area, String source, int year, boolean shares, int areas,
                             Map<Group, Double> groupShares) {

        boolean lmns() {
            return LMNS.equals(choice);
        }
    }

    static final List<Group> GROUPS = List.of(Group.WHITE, Group.MIXED, Group.ASIAN, Group.BLACK, Group.OTHER);

    /** From the oldest to the newest: by year, then by the day imported and the order stored. */
    private static final Comparator<Baseline> NEWEST = Comparator.comparingInt(Baseline::year)
            .thenComparing(Baseline::importedOn).thenComparingLong(Baseline::id);

    private final BaselineRepository baselines;
    private final BaselineFigureRepository figures;
    private final String lmnsArea;

    Baselines(BaselineRepository baselines, BaselineFigureRepository figures, RepresentationSettings settings) {
        this.baselines = baselines;
        this.figures = figures;
        this.lmnsArea = settings.lmnsArea().strip();
    }

    /** Stores the sets of one file, each replacing an earlier set of the same area, source and year. */
    @Transactional
    public void replace(List<BaselineImport.BaselineSet> sets, Baseline.Kind kind, LocalDate today) {
        for (BaselineImport.BaselineSet set : sets) {
            baselines.deleteByKindAndAreaAndSourceAndYear(kind, set.area(), set.source(), set.year());
            long id = baselines.save(new Baseline(null, kind, set.area(), set.source(), set.year(), set.classification(),
                    set.measure(), today)).id();
            figures.saveAll(set.figures().entrySet().stream()
                    .map(f -> new BaselineFigure(new BaselineFigure.Key(id, f.getKey()), f.getValue())).toList());
        }
    }

    @Transactional
    public List<Baseline> all() {
        return baselines.findAll(Sort.of(Sort.Order.asc("area"), Sort.Order.desc("year"), Sort.Order.asc("source")));
    }

    @Transactional
    public Optional<Baseline> find(long id) {
        return baselines.findById(id);
    }

    /** The population a report asks for: {@link #LMNS}, or a stored baseline's id. */
    @Transactional
    public Optional<Comparison> comparison(String choice) {
        if (LMNS.equals(choice)) {
            return lmns(Baseline.Kind.POPULATION);
        }
        if (choice == null || !choice.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return find(Long.parseLong(choice)).map(s -> new Comparison(choice, s.kind(), s.area(), s.source(), s.year(), s.shares(), 0,
                shares(amounts(s))));
    }

    /**
     * The whole LMNS: the newest baseline of the configured area, or the counts of every area of the
     * newest edition of counts added up. Published percentages cannot be added up without each
     * area's population, so without counts or a configured area there is none.
     */
    @Transactional
    public Optional<Comparison> lmns(Baseline.Kind kind) {
        List<Baseline> all = all().stream().filter(b -> b.kind() == kind).toList();
        Optional<Baseline> configured = all.stream().filter(s -> !lmnsArea.isEmpty() && s.area().equalsIgnoreCase(lmnsArea))
                .max(NEWEST);
        if (configured.isPresent()) {
            Baseline s = configured.get();
            return Optional.of(new Comparison(LMNS, kind, s.area(), s.source(), s.year(), s.shares(), 0, shares(amounts(s))));
        }
        Optional<Baseline> newest = all.stream().filter(s -> !s.shares()).max(NEWEST);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        List<Baseline> edition = all.stream().filter(s -> !s.shares() && s.source().equals(newest.get().source())
                && s.year() == newest.get().year()).toList();
        return Optional.of(new Comparison(LMNS, kind, null, newest.get().source(), newest.get().year(), false, edition.size(),
                shares(added(edition.stream().map(this::amounts).toList()))));
    }

    /** Each group's share of the population (0 to 1) in a stored baseline. */
    @Transactional
    public Map<Group, Double> shares(long id) {
        return shares(amounts(find(id).orElseThrow()));
    }

    /** A stored baseline's figures added up by group. */
    private Map<Group, BigDecimal> amounts(Baseline summary) {
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        figures.findByKeyBaselineId(summary.id()).forEach(f -> stored.put(f.key().category(), f.amount()));
        return groupAmounts(summary.classification(), stored);
    }

    /** Areas' counts added up, group by group: the population of all of them together. */
    static Map<Group, BigDecimal> added(List<Map<Group, BigDecimal>> areas) {
        Map<Group, BigDecimal> sum = new EnumMap<>(Group.class);
        GROUPS.forEach(g -> sum.put(g, BigDecimal.ZERO));
        areas.forEach(area -> area.forEach((group, amount) -> sum.merge(group, amount, BigDecimal::add)));
        return sum;
    }

    /**
     * Each group's share (0 to 1) of the figures, whether they were counts or published percentages.
     * "Not stated" is already left out, so published percentages that do not add up to exactly 100
     * are scaled to do so.
     */
    static Map<Group, Double> shares(Map<Group, BigDecimal> amounts) {
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
