package chorus.representation;

import chorus.report.CsvText;
import chorus.results.DistrictQuintiles;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Postcode district to an approximate IMD quintile (1 = the most deprived fifth of England). A
 * district holds areas of very different deprivation, so a quintile from it is an estimate for a
 * group of people, never a fact about one person: every page that shows it says so.
 */
@Singleton
public class DeprivationLookup implements DistrictQuintiles {

    static final String HEADER_TEXT = "postcode_district, quintile";
    /** A UK outward code, as the answering flow accepts it: NR1, PE30, W1A, EC1V. */
    static final Pattern POSTCODE_DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

    /** The lookup of a good file, or the problems of a bad one (then empty). */
    record Result(Map<String, Integer> quintiles, List<ImportProblem> problems) {
    }

    private final DeprivationDistrictRepository districts;

    DeprivationLookup(DeprivationDistrictRepository districts) {
        this.districts = districts;
    }

    static Result read(String text) {
        List<CsvText.Line> lines = CsvText.parse(text);
        if (lines.isEmpty()) {
            return new Result(Map.of(), List.of(new ImportProblem(1, "import.error.empty", Map.of())));
        }
        CsvText.Line header = lines.get(0);
        if (!header.cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().equals(List.of("postcode_district", "quintile"))) {
            return new Result(Map.of(), List.of(new ImportProblem(header.number(), "import.error.header",
                    Map.of("row", header.number(), "columns", HEADER_TEXT))));
        }
        if (lines.size() == 1) {
            return new Result(Map.of(), List.of(new ImportProblem(header.number(), "import.error.empty", Map.of())));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> quintiles = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (CsvText.Line line : lines.subList(1, lines.size())) {
            int row = line.number();
            if (line.cells().size() != 2) {
                problems.add(new ImportProblem(row, "import.error.cells", Map.of("row", row, "expected", 2, "found", line.cells().size())));
                continue;
            }
            String district = DistrictQuintiles.normalise(line.cells().get(0));
            String quintile = line.cells().get(1);
            boolean good = true;
            if (!POSTCODE_DISTRICT.matcher(district).matches()) {
                problems.add(new ImportProblem(row, "deprivation.error.district", Map.of("row", row, "value", line.cells().get(0))));
                good = false;
            }
            if (!quintile.matches("[1-5]")) {
                problems.add(new ImportProblem(row, "deprivation.error.quintile", Map.of("row", row, "value", quintile)));
                good = false;
            }
            if (good) {
                Integer first = firstRow.putIfAbsent(district, row);
                if (first != null) {
                    problems.add(new ImportProblem(row, "import.error.duplicate", Map.of("row", row, "first", first)));
                } else {
                    quintiles.put(district, Integer.valueOf(quintile));
                }
            }
        }
        return problems.isEmpty() ? new Result(quintiles, List.of()) : new Result(Map.of(), List.copyOf(problems));
    }

    /** The whole lookup is replaced: a new file is a new edition of the indices. */
    @Transactional
    public void replace(Map<String, Integer> quintiles) {
        districts.deleteAll();
        districts.saveAll(quintiles.entrySet().stream().map(e -> new DeprivationDistrict(e.getKey(), e.getValue())).toList());
    }

    @Transactional
    @Override
    public Map<String, Integer> all() {
        Map<String, Integer> found = new HashMap<>();
        districts.findAll().forEach(d -> found.put(d.postcodeDistrict(), d.quintile()));
        return found;
    }
}
