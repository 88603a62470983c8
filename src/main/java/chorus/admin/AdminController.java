package chorus.admin;

import chorus.system.Role;
import chorus.answer.ResponseStore;
import chorus.i18n.Translations;
import chorus.staff.StaffEntry;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.web.NotFoundPage;
import chorus.web.StaffPages;
import chorus.web.Views;
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
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The signed-in home page, and for administrators each survey with its responses. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin")
class AdminController {

    /** A survey as the administrator's list shows it. */
    /** The home page: links for the person's role; every survey for an administrator, downloads for an analyst. */
    record Home(boolean admin, List<HomeLinks.Link> links, String roleKey, List<SurveyRow> surveys, List<SurveyRow> downloads) {
    }

    record SurveyRow(String id, int version, String title, long responses, String csv, List<PrintLinks> print, boolean staff) {
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
    private final StaffEntry staff;

    private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);
    private static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
    private static final int PIPE_BYTES = 64 * 1024;

    private final ExecutorService exports;
    private final java.time.Clock clock;

    AdminController(SurveyCatalog catalog, ResponseStore responses, ResponseExport export, Translations translations,
                    StaffPages pages, NotFoundPage notFound, StaffEntry staff,
                    @Named(TaskExecutors.BLOCKING) ExecutorService exports, java.time.Clock clock) {
        this.exports = exports;
        this.clock = clock;
        this.staff = staff;
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
        boolean admin = user.getRoles().contains(Role.ADMIN_NAME);
        // Analysts download service users' answers to analyse them; staff answers never leave as rows.
        List<SurveyRow> downloads = admin || !user.getRoles().contains(Role.ANALYST_NAME) ? List.of()
                : catalog.latestOfEach().stream().filter(s -> !s.forStaff()).map(this::row).toList();
        return Views.render(HttpStatus.OK, "admin/home", pages.layout(request, user), new Home(admin, HomeLinks.of(user.getRoles()),
                user.getRoles().stream().findFirst().map(r -> Role.valueOf(r).labelKey()).orElseThrow(),
                admin ? catalog.latestOfEach().stream().map(this::row).toList() : null, downloads));
    }

    @Get("/surveys/{surveyId}/responses.csv")
    @Produces("text/csv")
    @Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
    MutableHttpResponse<?> csv(@PathVariable String surveyId, HttpRequest<?> request) {
        if (catalog.latest(surveyId).isEmpty()) {
            return notFound.survey(request);
        }
        // Staff answers are anonymous and groups are small: they leave Chorus only as protected report figures.
        if (StaffEntry.applies(catalog.latest(surveyId).get())) {
            return staff.refusedExport(request);
        }
        // Written on another thread into a pipe that the server reads from as it sends, so the whole
        // file is never in memory (see ResponseExport).
        PipedInputStream body = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream sink;
        try {
            sink = new PipedOutputStream(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exports.execute(() -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
                export.write(surveyId, out);
            } catch (IOException | RuntimeException e) {
                // The status line has gone: the download ends short, and the log says why.
                LOG.error("The response export of {} stopped early", surveyId, e);
            }
        });
        String file = surveyId + "-responses-" + LocalDate.now(clock) + ".csv";
        return HttpResponse.ok(new StreamedFile(body, CSV).attach(file))
                .header("Cache-Control", "no-store");
    }

    private SurveyRow row(Survey survey) {
        String base = "/s/" + survey.id();
        List<PrintLinks> print = translations.languagesOf(survey).stream().map(l -> new PrintLinks(l.name(), l.tag(), l.dir(),
                base + "/paper?lang=" + l.tag(), base + "/paper?lang=" + l.tag() + "&size=large",
                base + "/poster?lang=" + l.tag())).toList();
        boolean staff = StaffEntry.applies(survey);
        return new SurveyRow(survey.id(), survey.version(),
                translations.surveyTexts(survey, translations.source()).title().value(),
                responses.count(survey.id()), staff ? null : "/admin/surveys/" + survey.id() + "/responses.csv",
                staff ? List.of() : print, staff);
    }
}
