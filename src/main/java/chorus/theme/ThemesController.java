package chorus.theme;

import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.i18n.Translations;
import chorus.mvp.Mvp;
import chorus.mvp.Mvps;
import chorus.report.ReportCsv;
import chorus.report.ReportTable;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.NotFoundException;
import chorus.system.Role;
import chorus.web.Choice;
import chorus.web.DateField;
import chorus.web.FormErrors;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The themes report (/reports/themes): for a period and scope, people and items per theme, by
 * sentiment, ethnic group, deprivation, language, channel, source and quarter. Analysts and
 * administrators see the whole LMNS or one MVP or survey; an MVP lead sees their own MVP's; staff
 * themes are for administrators.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports/themes")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.MVP_LEAD_NAME})
class ThemesController {

    /** The choice as typed, kept on errors, and as understood when it is valid. */
    public record Filter(String from, String to, String mvp, String survey, boolean staff) {
    }

    /** An MVP or survey the reader may choose. */
    public record Option(String value, Text label, boolean selected) {
    }

    record Page(Filter filter, List<Choice> audiences, List<Option> mvps, List<Option> surveys, Text period,
                List<ReportTable> tables, List<ThemesReport.ThemeQuotes> quotes, Text hiddenNote, Map<String, Text> errors,
                boolean hasErrors) {
    }

    private final ThemesReport report;
    private final Mvps mvps;
    private final SurveyCatalog surveys;
    private final Translations translations;
    private final StaffPages pages;
    private final Clock clock;

    ThemesController(ThemesReport report, Mvps mvps, SurveyCatalog surveys, Translations translations,
                     StaffPages pages, Clock clock) {
        this.report = report;
        this.mvps = mvps;
        this.surveys = surveys;
        this.translations = translations;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    MutableHttpResponse<?> show(@QueryValue Optional<String> from, @QueryValue Optional<String> to,
                                @QueryValue Optional<String> mvp, @QueryValue Optional<String> survey,
                                @QueryValue Optional<String> audience, HttpRequest<?> request, Authentication user) {
        Texts t = pages.texts(request);
        FormErrors errors = FormErrors.none();
        Filter filter = filter(from, to, mvp, survey, audience, user);
        Optional<ThemeQueries.Scope> scope = scope(filter, user, errors);
        boolean admin = user.getRoles().contains(Role.ADMIN_NAME);
        List<Choice> audiences = admin ? List.of(Choice.of("service-users", t.ui("themes_report.audience.service_users"), !filter.staff()),
                Choice.of("staff", t.ui("themes_report.audience.staff"), filter.staff())) : List.of();
        List<Option> mvpOptions = new ArrayList<>();
        List<Option> surveyOptions = new ArrayList<>();
        if (!isLead(user)) {
            mvpOptions.add(new Option("", t.ui("themes_report.lmns_wide"), filter.mvp().isEmpty()));
            mvps.all().forEach(m -> mvpOptions.add(new Option(m.code(), new Text(m.name(), "en"), m.code().equals(filter.mvp()))));
        }
        surveyOptions.add(new Option("", t.ui("themes_report.all_surveys"), filter.survey().isEmpty()));
        serviceUserSurveys().forEach(s -> surveyOptions.add(new Option(s.id(),
                translations.surveyTexts(s, t.language()).title(), s.id().equals(filter.survey()))));
        if (scope.isEmpty()) {
            return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, "theme/report", pages.layout(request, user), new Page(filter,
                    audiences, mvpOptions, surveyOptions, null, List.of(), List.of(), null, errors.messages(t), true));
        }
        String csv = "/reports/themes/csv?" + query(filter) + "&table=";
        List<ReportTable> tables = report.tables(scope.get(), t, part -> csv + part.param());
        Text period = t.ui("themes_report.period", Map.of("from", scope.get().from(), "to", scope.get().to()));
        int minimum = scope.get().staff() ? report.minimum(true) : report.minimum(false);
        return Views.render(HttpStatus.OK, "theme/report", pages.layout(request, user), new Page(filter, audiences, mvpOptions,
                surveyOptions, period, tables, report.quotes(scope.get(), t), t.ui("themes_report.hidden_note", Map.of("n", minimum)), Map.of(), false));
    }

    @Get("/csv")
    @Produces("text/csv")
    MutableHttpResponse<?> csv(@QueryValue String table, @QueryValue Optional<String> from, @QueryValue Optional<String> to,
                               @QueryValue Optional<String> mvp, @QueryValue Optional<String> survey,
                               @QueryValue Optional<String> audience, HttpRequest<?> request, Authentication user) {
        Filter filter = filter(from, to, mvp, survey, audience, user);
        ThemeQueries.Scope scope = scope(filter, user, FormErrors.none()).orElseThrow(NotFoundException::new);
        ThemesReport.Part part = java.util.Arrays.stream(ThemesReport.Part.values()).filter(p -> p.param().equals(table))
                .filter(p -> !scope.staff() || p.forStaff()).findFirst().orElseThrow(NotFoundException::new);
        ReportTable found = report.table(part, scope, pages.texts(request), null);
        String file = "themes-" + (scope.staff() ? "staff" : "service-users") + "-" + (filter.mvp().isEmpty() ? "lmns" : filter.mvp())
                + (filter.survey().isEmpty() ? "" : "-" + filter.survey()) + "-" + part.param() + "-" + scope.from() + "-to-"
                + scope.to() + ".csv";
        return ReportCsv.download(found, file.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    private Filter filter(Optional<String> from, Optional<String> to, Optional<String> mvp, Optional<String> survey,
                          Optional<String> audience, Authentication user) {
        LocalDate today = LocalDate.now(clock);
        boolean staff = audience.filter("staff"::equals).isPresent() && user.getRoles().contains(Role.ADMIN_NAME);
        return new Filter(from.map(String::strip).orElse(today.minusYears(1).plusDays(1).toString()),
                to.map(String::strip).orElse(today.toString()), isLead(user) ? "" : mvp.map(String::strip).orElse(""),
                staff ? "" : survey.map(String::strip).orElse(""), staff);
    }

    /** The scope the filter asks for, or empty with the errors added; an unknown MVP or survey is an error too. */
    private Optional<ThemeQueries.Scope> scope(Filter filter, Authentication user, FormErrors errors) {
        LocalDate fromDate = DateField.required(filter.from(), "from", "themes.error.date", errors);
        LocalDate toDate = DateField.required(filter.to(), "to", "themes.error.date", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add("to", "themes.error.order");
        }
        Long mvpId = null;
        if (isLead(user)) {
            Optional<Mvp> own = mvps.of(user.getName());
            if (own.isEmpty()) {
                throw new NotFoundException();
            }
            mvpId = own.get().id();
        } else if (!filter.mvp().isEmpty()) {
            Optional<Mvp> chosen = mvps.byCode(filter.mvp());
            if (chosen.isEmpty()) {
                errors.add("mvp", "themes_report.error.mvp");
            } else {
                mvpId = chosen.get().id();
            }
        }
        if (!filter.survey().isEmpty() && serviceUserSurveys().stream().noneMatch(s -> s.id().equals(filter.survey()))) {
            errors.add("survey", "themes_report.error.survey");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ThemeQueries.Scope(filter.staff(), fromDate, toDate, mvpId,
                filter.survey().isEmpty() ? null : filter.survey()));
    }

    private List<Survey> serviceUserSurveys() {
        return surveys.latestOfEach().stream().filter(s -> !s.forStaff() && !"mvp".equals(s.audience())).toList();
    }

    private static boolean isLead(Authentication user) {
        return !user.getRoles().contains(Role.ADMIN_NAME) && !user.getRoles().contains(Role.ANALYST_NAME);
    }

    private static String query(Filter filter) {
        return "from=" + encode(filter.from()) + "&to=" + encode(filter.to()) + "&mvp=" + encode(filter.mvp())
                + "&survey=" + encode(filter.survey()) + "&audience=" + (filter.staff() ? "staff" : "service-users");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
