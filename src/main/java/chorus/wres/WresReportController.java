package chorus.wres;

import chorus.staff.Round;
import chorus.system.Role;
import chorus.disclosure.Cell;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.report.Figures;
import chorus.report.ReportCsv;
import chorus.web.NotFoundPage;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The WRES report (indicators 5 to 8) for analysts and administrators: rounds, the report, its CSV files. */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports/wres")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
class WresReportController {

    /** A round as the chooser lists it. */
    record Rounds(List<RoundLink> rounds) {
    }

    /** A round's report: {@code saved} after comparators were saved; {@code admin} may change them. */
    record Report(WresReport.Page page, boolean nobody, Text heading, List<Text> notes, boolean saved, boolean admin,
                  String comparatorsHref) {
    }

    public record RoundLink(String href, String name, Text dates) {
    }

    private final WresQueries rounds;
    private final WresReport report;
    private final StaffPages pages;
    private final NotFoundPage notFound;

    WresReportController(WresQueries rounds, WresReport report, StaffPages pages, NotFoundPage notFound) {
        this.rounds = rounds;
        this.report = report;
        this.pages = pages;
        this.notFound = notFound;
    }

    @Get
    MutableHttpResponse<?> rounds(HttpRequest<?> request, Authentication user) {
        Texts t = pages.texts(request);
        return Views.render(HttpStatus.OK, "wres/rounds", pages.layout(request, user), new Rounds(rounds.rounds().stream()
                .map(r -> new RoundLink("/reports/wres/" + r.id(), r.name(), t.ui("wres.round_dates", Map.of(
                        "opens", Figures.date(r.opensOn(), t.language()).value(),
                        "closes", Figures.date(r.closesOn(), t.language()).value())))).toList()));
    }

    @Get("/{roundId}")
    MutableHttpResponse<?> report(@PathVariable long roundId, @QueryValue Optional<String> saved, HttpRequest<?> request,
                                  Authentication user) {
        Texts t = pages.texts(request);
        Optional<WresReport.Page> page = report.page(roundId, t);
        if (page.isEmpty()) {
            return notFound.survey(request);
        }
        WresReport.Page shown = page.get();
        // A published 0 is truly nobody: one person would be hidden, never shown as 0.
        boolean nobody = shown.respondents() instanceof Cell.Shown n && n.count() == 0;
        return Views.render(HttpStatus.OK, "wres/report", pages.layout(request, user), new Report(shown, nobody,
                t.ui("wres.report_title", Map.of("round", shown.round().name())), notes(shown, t), saved.isPresent(),
                user.getRoles().contains(Role.ADMIN_NAME), "/reports/wres/" + roundId + "/comparators"));
    }

    /** What a reader must know to read the figures right. */
    private List<Text> notes(WresReport.Page page, Texts t) {
        List<Text> notes = new ArrayList<>();
        notes.add(t.ui("wres.note.respondents", Map.of("n", Figures.count(page.respondents(), t).value())));
        notes.add(t.ui("wres.note.hidden", Map.of("n", report.minimum())));
        notes.add(t.ui("disclosure.perturbed_note"));
        notes.add(t.ui("wres.note.groups"));
        String key = report.dontKnowInDenominator() ? "wres.note.dont_know_in" : "wres.note.dont_know_out";
        notes.add(t.ui(key));
        notes.add(page.previous() == null ? t.ui("wres.note.no_previous")
                : t.ui("wres.note.previous", Map.of("round", page.previous().name())));
        return notes;
    }

    @Get("/{roundId}/indicator-{indicator}/{breakdown}.csv")
    @Produces("text/csv")
    MutableHttpResponse<?> csv(@PathVariable long roundId, @PathVariable int indicator, @PathVariable String breakdown,
                               HttpRequest<?> request) {
        if (!WresReport.BREAKDOWNS.contains(breakdown)) {
            return notFound.survey(request);
        }
        return report.table(roundId, indicator, breakdown, pages.texts(request))
                .<MutableHttpResponse<?>>map(table -> ReportCsv.download(table,
                        "wres-round-" + roundId + "-indicator-" + indicator + "-" + breakdown + ".csv"))
                .orElseGet(() -> notFound.survey(request));
    }
}
