package chorus.admin;

import chorus.account.Role;
import chorus.answer.ResponseStore;
import chorus.i18n.Translations;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.NotFoundPage;
import chorus.system.StaffPages;
import chorus.system.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The signed-in home page, and for administrators each survey with its responses. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin")
class AdminController {

    /** A survey as the administrator's list shows it. */
    record SurveyRow(String id, int version, String title, long responses, String csv, List<PrintLinks> print) {
    }

    /** Where to print a survey's paper form, large-print form and QR poster in one language. */
    record PrintLinks(String language, String tag, String dir, String paper, String largePrint, String poster) {
    }

    private final SurveyCatalog catalog;
    private final ResponseStore responses;
    private final ResponseExport export;
    private final Translations translations;
    private final StaffPages pages;
    private final NotFoundPage notFound;

    AdminController(SurveyCatalog catalog, ResponseStore responses, ResponseExport export, Translations translations,
                    StaffPages pages, NotFoundPage notFound) {
        this.catalog = catalog;
        this.responses = responses;
        this.export = export;
        this.translations = translations;
        this.pages = pages;
        this.notFound = notFound;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MutableHttpResponse<?> home(HttpRequest<?> request, Authentication user) {
        Map<String, Object> model = pages.model(request, user);
        boolean admin = user.getRoles().contains(Role.ADMIN_NAME);
        model.put("admin", admin);
        model.put("analyst", admin || user.getRoles().contains(Role.ANALYST_NAME));
        model.put("roleKey", user.getRoles().stream().findFirst().map(r -> Role.valueOf(r).labelKey()).orElseThrow());
        if (admin) {
            model.put("surveys", catalog.latestOfEach().stream().map(this::row).toList());
        }
        return Views.render(HttpStatus.OK, "admin/home", model);
    }

    @Get("/surveys/{surveyId}/responses.csv")
    @Produces("text/csv")
    @Secured(Role.ADMIN_NAME)
    MutableHttpResponse<?> csv(@PathVariable String surveyId, HttpRequest<?> request) {
        if (catalog.latest(surveyId).isEmpty()) {
            return notFound.survey(request);
        }
        byte[] body = export.csv(surveyId).getBytes(StandardCharsets.UTF_8);
        String file = surveyId + "-responses-" + LocalDate.now() + ".csv";
        return HttpResponse.ok(body)
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store");
    }

    private SurveyRow row(Survey survey) {
        String base = "/s/" + survey.id();
        List<PrintLinks> print = translations.languagesOf(survey).stream().map(l -> new PrintLinks(l.name(), l.tag(), l.dir(),
                base + "/paper?lang=" + l.tag(), base + "/paper?lang=" + l.tag() + "&size=large",
                base + "/poster?lang=" + l.tag())).toList();
        return new SurveyRow(survey.id(), survey.version(),
                translations.surveyTexts(survey, translations.source()).title().value(),
                responses.count(survey.id()), "/admin/surveys/" + survey.id() + "/responses.csv", print);
    }
}
