package chorus.results;

import chorus.system.Role;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.report.ReportCsv;
import chorus.report.ReportTable;
import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.web.DateField;
import chorus.web.FormErrors;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Survey results by group, for analysts and administrators over every response, and for an MVP lead
 * over the responses given at their own MVP's events (another MVP's results do not exist for them).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports/results")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.MVP_LEAD_NAME})
class ResultsController {

    /** A link to one breakdown of the same results, and whether it is the one shown. */
    public record BreakdownLink(String href, Text label, boolean current) {
    }

    /** A survey to choose on the first page. */
    public record SurveyLink(String href, Text title) {
    }

    /** What was asked for, as typed, and what it means once checked. */
    public record Choice(String fromText, String toText, LocalDate from, LocalDate to, Breakdown by, String mvpCode,
                         FormErrors errors) {
    }

    /**
     * The results page: the survey, the choice, the MVP whose events it covers (null for the whole
     * LMNS), the MVPs an analyst may choose from, the breakdowns, and the tables (null when the choice
     * has errors).
     */
    /** The list of surveys with results. */
    record Surveys(List<SurveyLink> surveys) {
    }

    /** The report page's model: the page, and the period form's errors. */
    record Report(Page page, Map<String, Text> errors, boolean hasErrors) {
    }

    public record Page(Survey survey, Text title, Choice choice, Mvp mvp, List<Mvp> mvps,
                       List<BreakdownLink> breakdowns, List<ReportTable> headline, List<ReportTable> others,
                       Text period, Text hiddenNote) {

        public boolean hasTables() {
            return headline != null;
        }
    }

    private final SurveyCatalog catalog;
    private final ResultsReport report;
    private final Mvps mvps;
    private final StaffPages pages;
    private final NotFoundPage notFound;
    private final Translations translations;
    private final Clock clock;

    ResultsController(SurveyCatalog catalog, ResultsReport report, Mvps mvps, StaffPages pages, NotFoundPage notFound,
                      Translations translations, Clock clock) {
        this.catalog = catalog;
        this.report = report;
        this.mvps = mvps;
        this.pages = pages;
        this.notFound = notFound;
        this.translations = translations;
        this.clock = clock;
    }

    @Get
    MutableHttpResponse<?> surveys(HttpRequest<?> request, Authentication user) {
        Texts t = pages.texts(request);
        return Views.render(HttpStatus.OK, "results/surveys", pages.layout(request, user), new Surveys(serviceUserSurveys().stream()
                .map(s -> new SurveyLink("/reports/results/" + s.id(), translations.surveyTexts(s, t.language()).title())).toList()));
    }

    @Get("/{surveyId}")
    MutableHttpResponse<?> results(@PathVariable String surveyId, HttpRequest<?> request, Authentication user,
                                   @QueryValue Optional<String> from, @QueryValue Optional<String> to,
                                   @QueryValue Optional<String> by, @QueryValue Optional<String> mvp) {
        Optional<Survey> survey = survey(surveyId);
        Optional<Optional<Mvp>> scope = scope(user, mvp);
        if (survey.isEmpty() || scope.isEmpty()) {
            return notFound.survey(request);
        }
        Texts t = pages.texts(request);
        Choice choice = choice(survey.get(), from, to, by, scope.get());
        Text title = translations.surveyTexts(survey.get(), t.language()).title();
        List<BreakdownLink> links = report.breakdowns(survey.get()).stream().map(b -> new BreakdownLink(
                href(survey.get(), choice, b, scope.get()), ResultsReport.label(b, t), b == choice.by())).toList();
        List<Mvp> choices = isLead(user) ? List.of() : mvps.all();
        Text hidden = t.ui("results.hidden_note", Map.of("n", report.minimum()));
        if (!choice.errors().isEmpty()) {
            return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, "results/report", pages.layout(request, user), new Report(
                    new Page(survey.get(), title, choice, scope.get().orElse(null), choices, links, null, null, null, hidden),
                    choice.errors().messages(t), true));
        }
        List<ResultsReport.Part> parts = parts(survey.get(), choice, scope.get(), t);
        Text period = t.ui("results.period", Map.of("from", choice.from(), "to", choice.to()));
        return Views.render(HttpStatus.OK, "results/report", pages.layout(request, user), new Report(new Page(survey.get(), title,
                choice, scope.get().orElse(null), choices, links,
                parts.stream().filter(ResultsReport.Part::headline).map(ResultsReport.Part::table).toList(),
                parts.stream().filter(p -> !p.headline()).map(ResultsReport.Part::table).toList(), period, hidden), Map.of(), false));
    }

    @Get("/{surveyId}/csv")
    @Produces("text/csv")
    MutableHttpResponse<?> csv(@PathVariable String surveyId, HttpRequest<?> request, Authentication user,
                               @QueryValue String table, @QueryValue Optional<String> from, @QueryValue Optional<String> to,
                               @QueryValue Optional<String> by, @QueryValue Optional<String> mvp) {
        Optional<Survey> survey = survey(surveyId);
        Optional<Optional<Mvp>> scope = scope(user, mvp);
        if (survey.isEmpty() || scope.isEmpty()) {
            return notFound.survey(request);
        }
        Choice choice = choice(survey.get(), from, to, by, scope.get());
        if (!choice.errors().isEmpty()) {
            return notFound.survey(request);
        }
        Optional<ReportTable> found = parts(survey.get(), choice, scope.get(), pages.texts(request)).stream()
                .map(ResultsReport.Part::table).filter(p -> p.id().equals("results-" + table)).findFirst();
        if (found.isEmpty()) {
            return notFound.survey(request);
        }
        String file = "results-" + surveyId + "-" + scope.get().map(Mvp::code).orElse("lmns") + "-" + table + "-by-"
                + choice.by().param() + "-" + choice.from() + "-to-" + choice.to() + ".csv";
        return ReportCsv.download(found.get(), file.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    private List<ResultsReport.Part> parts(Survey survey, Choice choice, Optional<Mvp> mvp, Texts t) {
        ResultQueries.Scope scope = new ResultQueries.Scope(survey.id(), choice.from(), choice.to(),
                mvp.map(Mvp::id).orElse(null));
        String csv = "/reports/results/" + survey.id() + "/csv?" + query(choice, choice.by(), mvp) + "&table=";
        return report.parts(survey, scope, choice.by(), csv, t);
    }

    private List<Survey> serviceUserSurveys() {
        return catalog.latestOfEach().stream().filter(s -> !s.forStaff() && !"mvp".equals(s.audience())).toList();
    }

    private Optional<Survey> survey(String id) {
        return serviceUserSurveys().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static boolean isLead(Authentication user) {
        return user.getRoles().contains(Role.MVP_LEAD_NAME);
    }

    private Optional<Optional<Mvp>> scope(Authentication user, Optional<String> code) {
        return mvps.scope(user, code);
    }

    private Choice choice(Survey survey, Optional<String> from, Optional<String> to, Optional<String> by,
                          Optional<Mvp> mvp) {
        FormErrors errors = FormErrors.none();
        LocalDate today = LocalDate.now(clock);
        String toText = to.map(String::strip).orElse(today.toString());
        String fromText = from.map(String::strip).orElse(today.minusYears(1).plusDays(1).toString());
        LocalDate fromDate = DateField.required(fromText, "from", "results.error.date", errors);
        LocalDate toDate = DateField.required(toText, "to", "results.error.date", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add("to", "results.error.order");
        }
        List<Breakdown> offered = report.breakdowns(survey);
        Breakdown breakdown = by.flatMap(Breakdown::of).filter(offered::contains)
                .orElse(offered.isEmpty() ? Breakdown.CHANNEL : offered.get(0));
        return new Choice(fromText, toText, fromDate, toDate, breakdown, mvp.map(Mvp::code).orElse(""), errors);
    }

    private static String href(Survey survey, Choice choice, Breakdown by, Optional<Mvp> mvp) {
        return "/reports/results/" + survey.id() + "?" + query(choice, by, mvp);
    }

    private static String query(Choice choice, Breakdown by, Optional<Mvp> mvp) {
        return "from=" + encode(choice.fromText()) + "&to=" + encode(choice.toText()) + "&by=" + by.param()
                + mvp.map(m -> "&mvp=" + encode(m.code())).orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
