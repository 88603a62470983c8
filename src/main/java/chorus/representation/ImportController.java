package chorus.representation;

import chorus.web.Choice;

import java.time.Clock;
import chorus.system.Role;
import chorus.i18n.Text;
import chorus.i18n.Texts;
import chorus.system.CsrfTokens;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analysts import the population baselines and the deprivation lookup the representation report
 * compares against. A file with any problem is refused whole, each problem named by its row.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reports")
@Secured({Role.ADMIN_NAME, Role.ANALYST_NAME})
class ImportController {

    /** Problems listed on the page; the rest are counted, so a wholly wrong file still gives a short page. */
    static final int SHOWN_PROBLEMS = 20;

    private final Baselines baselines;
    private final DeprivationLookup deprivation;
    private final StaffPages pages;
    private final CsrfTokens csrf;

    private final Clock clock;

    ImportController(Baselines baselines, DeprivationLookup deprivation, StaffPages pages, CsrfTokens csrf, Clock clock) {
        this.baselines = baselines;
        this.clock = clock;
        this.deprivation = deprivation;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get("/baselines")
    MutableHttpResponse<?> baselines(HttpRequest<?> request, Authentication user, @QueryValue Optional<String> imported) {
        return baselinePage(request, user, HttpStatus.OK, "", Baseline.Kind.POPULATION, List.of(), imported.isPresent());
    }

    @Post("/baselines")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> importBaselines(@Body ImportForm form, HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, form.csrfToken());
        Baseline.Kind kind = form.baselineKind();
        BaselineImport.Result result = BaselineImport.read(form.csvOrEmpty());
        if (!result.problems().isEmpty()) {
            return baselinePage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, form.csvOrEmpty(), kind, result.problems(), false);
        }
        baselines.replace(result.sets(), kind, LocalDate.now(clock));
        return HttpResponse.seeOther(URI.create("/reports/baselines?imported=1"));
    }

    @Get("/deprivation")
    MutableHttpResponse<?> deprivation(HttpRequest<?> request, Authentication user, @QueryValue Optional<String> imported) {
        return deprivationPage(request, user, HttpStatus.OK, "", List.of(), imported.isPresent());
    }

    @Post("/deprivation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> importDeprivation(@Body ImportForm form, HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, form.csrfToken());
        DeprivationLookup.Result result = DeprivationLookup.read(form.csvOrEmpty());
        if (!result.problems().isEmpty()) {
            return deprivationPage(request, user, HttpStatus.UNPROCESSABLE_ENTITY, form.csvOrEmpty(), result.problems(), false);
        }
        deprivation.replace(result.quintiles());
        return HttpResponse.seeOther(URI.create("/reports/deprivation?imported=1"));
    }

    private MutableHttpResponse<?> baselinePage(HttpRequest<?> request, Authentication user, HttpStatus status, String csv,
                                                Baseline.Kind kind, List<ImportProblem> problems, boolean imported) {
        Texts texts = pages.texts(request);
        List<Choice> kinds = java.util.Arrays.stream(Baseline.Kind.values())
                .map(k -> Choice.of(k.name(), texts.ui(k.labelKey()), k == kind)).toList();
        return Views.render(status, "representation/baselines", pages.layout(request, user),
                new BaselinesPage(baselines.all(), messages(request, problems), !problems.isEmpty(), csv, kinds, imported));
    }

    private MutableHttpResponse<?> deprivationPage(HttpRequest<?> request, Authentication user, HttpStatus status, String csv,
                                                   List<ImportProblem> problems, boolean imported) {
        return Views.render(status, "representation/deprivation", pages.layout(request, user),
                new DeprivationPage(pages.texts(request).ui("deprivation.count", Map.of("n", deprivation.all().size())),
                        messages(request, problems), !problems.isEmpty(), csv, imported));
    }

    /** The baselines page: those stored, and the import form with the file's problems or the news that it was imported. */
    record BaselinesPage(List<Baseline> baselines, List<Text> problems, boolean hasErrors, String csv, List<Choice> kindChoices,
                         boolean imported) {
    }

    record DeprivationPage(Text districts, List<Text> problems, boolean hasErrors, String csv, boolean imported) {
    }

    private List<Text> messages(HttpRequest<?> request, List<ImportProblem> problems) {
        Texts texts = pages.texts(request);
        List<Text> messages = new ArrayList<>();
        problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> messages.add(message(texts, p)));
        if (problems.size() > SHOWN_PROBLEMS) {
            messages.add(texts.ui("import.error.more", Map.of("n", problems.size() - SHOWN_PROBLEMS)));
        }
        return messages;
    }

    private static Text message(Texts texts, ImportProblem problem) {
        String key = problem.key();
        return texts.ui(key, problem.args());
    }
}
