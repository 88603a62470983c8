package chorus.results;

import chorus.disclosure.Cell;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.ReportTable;
import chorus.stats.Interval;
import chorus.survey.Survey;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * The survey results as other reports quote them (the board report): each headline measure's share
 * for everyone, and the tables by group, built and protected exactly as the results page builds them.
 */
@Singleton
public class SurveyResults {

    /**
     * One headline measure for everyone in a scope: how many answered (protected), and the share
     * giving the positive answer with its 95% Wilson interval, null when hidden or nobody answered.
     */
    public record Figure(String id, Text question, Cell answered, Double percent, Interval interval) {
    }

    /** A table of the results page, and whether it is one of the survey's headline measures. */
    public record Table(ReportTable table, String measureId, boolean headline) {
    }

    private final ResultsReport report;

    SurveyResults(ResultsReport report) {
        this.report = report;
    }

    /** The headline measures over responses sent from {@code from} to {@code to}; {@code mvpId} null for the whole LMNS. */
    public List<Figure> headline(Survey survey, LocalDate from, LocalDate to, Long mvpId, Texts t) {
        return report.headline(survey, new ResultQueries.Scope(survey.id(), from, to, mvpId), t);
    }

    /** Every table by ethnic group, headline measures first; {@code csvBase} ends with "table=". */
    public List<Table> byEthnicGroup(Survey survey, LocalDate from, LocalDate to, Long mvpId, String csvBase, Texts t) {
        return report.parts(survey, new ResultQueries.Scope(survey.id(), from, to, mvpId), Breakdown.ETHNICITY, csvBase, t).stream()
                .map(p -> new Table(p.table(), p.table().id().substring("results-".length()), p.headline())).toList();
    }
}
