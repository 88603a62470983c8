package chorus.representation;

import chorus.report.CsvText;
import chorus.survey.EthnicCategory.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a population baseline file: columns area, source, year, classification, category and
 * either count (people) or share (a percentage, for sources that publish only shares). A file is
 * taken whole or not at all: every problem is reported with its row, and nothing is stored.
 */
final class BaselineImport {

    static final List<String> COLUMNS = List.of("area", "source", "year", "classification", "category");
    static final String HEADER_TEXT = "area, source, year, classification, category, count (or share)";

    /** One area's figures from one source and year. */
    record BaselineSet(String area, String source, int year, String classification, String measure,
                       Map<String, BigDecimal> figures) {
    }

    /** The sets of a good file, or the problems of a bad one (then no sets). */
    record Result(List<BaselineSet> sets, List<ImportProblem> problems) {
    }

    private BaselineImport() {
    }

    static Result read(String text) {
        List<CsvText.Line> lines = CsvText.parse(text);
        List<ImportProblem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Result(List.of(), List.of(new ImportProblem(1, "import.error.empty", Map.of())));
        }
        CsvText.Line header = lines.get(0);
        List<String> names = header.cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        String measure = names.size() == 6 && names.subList(0, 5).equals(COLUMNS)
                ? switch (names.get(5)) { case "count" -> "COUNT"; case "share" -> "SHARE"; default -> null; } : null;
        if (measure == null) {
            return new Result(List.of(), List.of(new ImportProblem(header.number(), "import.error.header",
                    Map.of("row", header.number(), "columns", HEADER_TEXT))));
        }
        if (lines.size() == 1) {
            return new Result(List.of(), List.of(new ImportProblem(header.number(), "import.error.empty", Map.of())));
        }
        Map<String, BaselineSet> sets = new LinkedHashMap<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        Map<String, Map<Group, List<Object[]>>> groupsOf = new HashMap<>();
        Map<String, Integer> setRow = new HashMap<>();
        for (CsvText.Line line : lines.subList(1, lines.size())) {
            int row = line.number();
            List<String> cells = line.cells();
            if (cells.size() != 6) {
                problems.add(new ImportProblem(row, "import.error.cells", Map.of("row", row, "expected", 6, "found", cells.size())));
                continue;
            }
            String area = cells.get(0);
            String source = cells.get(1);
            int before = problems.size();
            if (area.isEmpty() || area.length() > 100) {
                problems.add(new ImportProblem(row, "baselines.error.area", Map.of("row", row)));
            }
            if (source.isEmpty() || source.length() > 200) {
                problems.add(new ImportProblem(row, "baselines.error.source", Map.of("row", row)));
            }
            Integer year = cells.get(2).matches("(19|20)\\d\\d") ? Integer.valueOf(cells.get(2)) : null;
            if (year == null) {
                problems.add(new ImportProblem(row, "baselines.error.year", Map.of("row", row, "value", cells.get(2))));
            }
            Optional<String> classification = EthnicMapping.classification(cells.get(3));
            if (classification.isEmpty()) {
                problems.add(new ImportProblem(row, "baselines.error.classification", Map.of("row", row, "value", cells.get(3))));
            }
            Optional<EthnicMapping.Mapped> mapped = classification.flatMap(c -> EthnicMapping.map(c, cells.get(4)));
            if (classification.isPresent() && mapped.isEmpty()) {
                problems.add(new ImportProblem(row, "baselines.error.category",
                        Map.of("row", row, "value", cells.get(4), "classification", classification.get())));
            }
            BigDecimal amount = amount(cells.get(5), measure);
            if (amount == null) {
                problems.add(new ImportProblem(row, "COUNT".equals(measure) ? "baselines.error.count" : "baselines.error.share",
                        Map.of("row", row, "value", cells.get(5))));
            }
            if (problems.size() > before) {
                continue;
            }
            String setKey = area + "\u0000" + source + "\u0000" + year;
            String category = cells.get(4);
            String rowKey = setKey + "\u0000" + classification.get() + "\u0000" + EthnicMapping.normalise(category);
            Integer first = firstRowOf.putIfAbsent(rowKey, row);
            if (first != null) {
                problems.add(new ImportProblem(row, "import.error.duplicate", Map.of("row", row, "first", first)));
                continue;
            }
            BaselineSet set = sets.computeIfAbsent(setKey, k -> new BaselineSet(area, source, year, classification.get(),
                    measure, new LinkedHashMap<>()));
            setRow.putIfAbsent(setKey, row);
            if (!set.classification().equals(classification.get())) {
                problems.add(new ImportProblem(row, "baselines.error.mixed_classification", Map.of("row", row, "area", area)));
                continue;
            }
            List<Object[]> sameGroup = groupsOf.computeIfAbsent(setKey, k -> new HashMap<>())
                    .computeIfAbsent(mapped.get().group(), g -> new ArrayList<>());
            sameGroup.add(new Object[] {mapped.get(), category});
            if (sameGroup.size() > 1 && sameGroup.stream().anyMatch(m -> ((EthnicMapping.Mapped) m[0]).wholeGroup())) {
                problems.add(new ImportProblem(row, "baselines.error.whole_and_part", Map.of("row", row, "value", category,
                        "area", area)));
                continue;
            }
            set.figures().put(category, amount);
        }
        for (Map.Entry<String, BaselineSet> entry : sets.entrySet()) {
            BaselineSet set = entry.getValue();
            if (Baselines.groupAmounts(set.classification(), set.figures()).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
                int row = setRow.get(entry.getKey());
                problems.add(new ImportProblem(row, "baselines.error.nobody", Map.of("row", row, "area", set.area())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
            return new Result(List.of(), List.copyOf(problems));
        }
        return new Result(List.copyOf(sets.values()), List.of());
    }

    /** A count is a whole number of people; a share a percentage. Null when it is neither. */
    private static BigDecimal amount(String text, String measure) {
        String plain = text.replace(",", "").strip();
        if (!plain.matches("\\d{1,10}(\\.\\d{1,4})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain);
        if ("COUNT".equals(measure)) {
            return plain.contains(".") ? null : value;
        }
        return value.compareTo(BigDecimal.valueOf(100)) > 0 ? null : value;
    }
}
