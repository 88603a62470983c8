package chorus.theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The statements the themes report runs for the LMNS's service users, for the benchmark to time on their own. */
public final class BareSql {

    private BareSql() {
    }

    /**
     * Each statement with everything it is bound with: the kept counts of every table of the page,
     * then the items of the people the counts leave out and their answers to these questions.
     */
    public static List<Map.Entry<String, List<Object>>> page(LocalDate from, LocalDate to, List<String> questions) {
        List<Map.Entry<String, List<Object>>> statements = new ArrayList<>();
        Map<SaidCountStore.Breakdown, String> reads = Map.of(SaidCountStore.Breakdown.LANGUAGE, "group_value",
                SaidCountStore.Breakdown.CHANNEL, "group_value", SaidCountStore.Breakdown.ETHNICITY, "group_value",
                SaidCountStore.Breakdown.DISTRICT, "group_value", SaidCountStore.Breakdown.ITEMS, "group_value");
        reads.forEach((breakdown, value) -> statements.add(Map.entry(SaidCountStore.readStatement(value, false, false),
                List.of(breakdown.name(), java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)))));
        for (String value : List.of("source", "source", "YEAR(said_on) * 10 + QUARTER(said_on)")) {
            statements.add(Map.entry(SaidCountStore.readStatement(value, false, false),
                    List.of(SaidCountStore.Breakdown.PEOPLE.name(), java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))));
        }
        List<Object> values = new ArrayList<>();
        String rows = ThemeQueries.rowsStatement(new ThemeQueries.Scope(false, from, to, null, null), values, true);
        statements.add(Map.entry(rows, values));
        List<Object> bound = new ArrayList<>();
        String answers = ThemeQueries.answersStatement(new ThemeQueries.Scope(false, from, to, null, null), questions, bound, true);
        statements.add(Map.entry(answers, bound));
        return statements;
    }
}
