package chorus.workforce;

import java.util.Optional;
import chorus.report.CsvText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and checks a workforce CSV file (the template in workforce/wres-workforce-template.csv).
 * Either every row is good, or the whole file is refused with a message for each problem: half a
 * year's figures would give wrong indicators without anyone noticing. Rows are numbered as a
 * spreadsheet shows them, the header being row 1.
 */
final class WorkforceFile {

    static final List<String> COLUMNS = List.of("organisation", "staff_group", "band", "ethnicity", "headcount",
            "shortlisted", "appointed_from_shortlisting", "entered_disciplinary", "accessed_training",
            "board_voting_members");
    private static final List<String> COUNT_COLUMNS = COLUMNS.subList(4, COLUMNS.size());
    /** Enough to correct a file by; a file with more problems is probably the wrong file. */
    static final int MAX_ERRORS = 100;

    /** The good rows, or the problems (then no rows). */
    record Result(List<CountRow> rows, List<RowError> errors, boolean moreErrors) {
    }

    private final Map<String, Long> organisations = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();
    private boolean moreErrors;

    /** @param organisations organisation code to id; codes match whatever their case */
    private WorkforceFile(Map<String, Long> organisations) {
        organisations.forEach((code, id) -> this.organisations.put(code.toLowerCase(Locale.ROOT), id));
    }

    static Result read(String text, Map<String, Long> organisations) {
        return new WorkforceFile(organisations).check(CsvText.parse(text));
    }

    private Result check(List<CsvText.Line> records) {
        if (records.isEmpty()) {
            error("workforce.error.empty", Map.of());
            return result(List.of());
        }
        Map<String, Integer> header = header(records.get(0).cells());
        if (!errors.isEmpty()) {
            return result(List.of());
        }
        if (records.size() == 1) {
            error("workforce.error.empty", Map.of());
        }
        List<CountRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvText.Line line : records.subList(1, records.size())) {
            CountRow row = row(line.number(), line.cells(), header);
            if (row != null) {
                String key = row.organisationId() + "|" + row.group() + "|" + row.band() + "|" + row.ethnicity();
                Integer first = seen.putIfAbsent(key, line.number());
                if (first != null) {
                    error("workforce.error.duplicate", Map.of("row", line.number(), "first", first));
                }
                rows.add(row);
            }
        }
        return result(rows);
    }

    private Result result(List<CountRow> rows) {
        return errors.isEmpty() ? new Result(List.copyOf(rows), List.of(), false)
                : new Result(List.of(), List.copyOf(errors), moreErrors);
    }

    /** Column name to position; the columns may come in any order, but all of them and no others. */
    private Map<String, Integer> header(List<String> names) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                error("workforce.error.header_unknown", Map.of("column", names.get(i).strip()));
            } else if (positions.putIfAbsent(name, i) != null) {
                error("workforce.error.header_repeated", Map.of("column", name));
            }
        }
        COLUMNS.stream().filter(c -> !positions.containsKey(c))
                .forEach(c -> error("workforce.error.header_missing", Map.of("column", c)));
        return positions;
    }

    private CountRow row(int number, List<String> cells, Map<String, Integer> header) {
        if (cells.size() != header.size()) {
            error("workforce.error.cells", Map.of("row", number, "found", cells.size(), "expected", header.size()));
            return null;
        }
        int before = errors.size() + (moreErrors ? 1 : 0);
        String organisation = cell(cells, header, "organisation");
        Long organisationId = organisations.get(organisation.toLowerCase(Locale.ROOT));
        if (organisationId == null) {
            error("workforce.error.organisation", Map.of("row", number, "column", "organisation", "value", organisation));
        }
        StaffGroup group = code(number, cells, header, "staff_group", StaffGroup::ofCode,
                Arrays.stream(StaffGroup.values()).map(g -> g.code).toList());
        Band band = code(number, cells, header, "band", Band::ofCode, Arrays.stream(Band.values()).map(Band::code).toList());
        Ethnicity ethnicity = code(number, cells, header, "ethnicity", Ethnicity::ofCode,
                Arrays.stream(Ethnicity.values()).map(Ethnicity::code).toList());
        int[] counts = new int[COUNT_COLUMNS.size()];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = count(number, cell(cells, header, COUNT_COLUMNS.get(c)), COUNT_COLUMNS.get(c));
        }
        Counts row = new Counts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        if (row.appointed() > row.shortlisted() && row.shortlisted() >= 0) {
            error("workforce.error.appointed", Map.of("row", number, "column", "appointed_from_shortlisting"));
        }
        if (row.disciplinary() > row.headcount() && row.headcount() >= 0) {
            error("workforce.error.more_than_headcount", Map.of("row", number, "column", "entered_disciplinary"));
        }
        if (row.training() > row.headcount() && row.headcount() >= 0) {
            error("workforce.error.more_than_headcount", Map.of("row", number, "column", "accessed_training"));
        }
        boolean good = errors.size() + (moreErrors ? 1 : 0) == before;
        return good ? new CountRow(organisationId, group, band, ethnicity, row) : null;
    }

    private static String cell(List<String> cells, Map<String, Integer> header, String column) {
        return cells.get(header.get(column)).strip();
    }

    private <T> T code(int number, List<String> cells, Map<String, Integer> header, String column,
                       java.util.function.Function<String, java.util.Optional<T>> lookup, List<String> allowed) {
        String value = cell(cells, header, column);
        java.util.Optional<T> found = lookup.apply(value.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            error("workforce.error.code", Map.of("row", number, "column", column, "value", value,
                    "allowed", allowed.stream().collect(Collectors.joining(", "))));
        }
        return found.orElse(null);
    }

    /** A whole number of 0 or more; -1 (with an error) otherwise, so later checks skip it. */
    private int count(int number, String value, String column) {
        if (value.matches("\\d{1,9}")) {
            return Integer.parseInt(value);
        }
        error("workforce.error.count", Map.of("row", number, "column", column, "value", value));
        return -1;
    }

    private void error(String key, Map<String, ?> values) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new RowError(key, values));
        } else {
            moreErrors = true;
        }
    }
}
