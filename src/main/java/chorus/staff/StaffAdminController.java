package chorus.staff;

import chorus.i18n.Texts;
import chorus.i18n.Text;
import chorus.system.Role;
import chorus.poster.PublicUrl;
import chorus.survey.Survey;
import chorus.survey.SurveyCatalog;
import chorus.system.CsrfTokens;
import chorus.web.DateField;
import chorus.web.Choice;
import chorus.web.FormErrors;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Administrators set up the organisations and rounds of staff surveys. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/staff")
@Secured(Role.ADMIN_NAME)
class StaffAdminController {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    /** A round as the list shows it. */
    /** Organisations with their open links, rounds, and the two add forms as typed. */
    record Page(List<OrganisationRow> organisations, List<RoundRow> rounds, List<Choice> surveyChoices, List<Choice> entryChoices,
                OrganisationForm organisationForm, RoundForm roundForm, Map<String, Text> errors, boolean hasErrors) {
    }

    public record RoundRow(String name, String surveyId, String opensOn, String closesOn, boolean codesRequired) {
    }

    /** An organisation and its open link to each staff survey. */
    public record OrganisationRow(String code, String name, List<String> openLinks) {
    }

    private final StaffRounds rounds;
    private final SurveyCatalog catalog;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final PublicUrl publicUrl;

    StaffAdminController(StaffRounds rounds, SurveyCatalog catalog, StaffPages pages, CsrfTokens csrf, PublicUrl publicUrl) {
        this.rounds = rounds;
        this.catalog = catalog;
        this.pages = pages;
        this.csrf = csrf;
        this.publicUrl = publicUrl;
    }

    @Get
    MutableHttpResponse<?> show(HttpRequest<?> request, Authentication user) {
        return page(HttpStatus.OK, OrganisationForm.empty(), RoundForm.empty(defaultSurvey()), FormErrors.none(), request, user);
    }

    @Post("/organisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> addOrganisation(@Body OrganisationForm form, HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, form.csrfToken());
        FormErrors errors = FormErrors.none();
        if (!CODE.matcher(form.codeOrEmpty()).matches()) {
            errors.add("code", "staff.admin.error.code");
        } else if (rounds.organisation(form.codeOrEmpty()).isPresent()) {
            errors.add("code", "staff.admin.error.code_taken");
        }
        errors.requireText("name", form.nameOrEmpty(), "staff.admin.error.name");
        if (form.nameOrEmpty().length() > 200) {
            errors.add("name", "staff.admin.error.name");
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, form, RoundForm.empty(defaultSurvey()), errors, request, user);
        }
        rounds.addOrganisation(form.codeOrEmpty(), form.nameOrEmpty());
        return HttpResponse.seeOther(URI.create("/admin/staff"));
    }

    @Post("/rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> addRound(@Body RoundForm form, HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, form.csrfToken());
        FormErrors errors = FormErrors.none();
        Optional<Survey> survey = staffSurveys().stream().filter(s -> s.id().equals(form.survey())).findFirst();
        if (survey.isEmpty()) {
            errors.add("survey", "staff.admin.error.survey");
        }
        String name = form.roundNameOrEmpty();
        if (name.isEmpty() || name.length() > 100) {
            errors.add("roundName", "staff.admin.error.round_name");
        } else if (survey.isPresent() && rounds.rounds(survey.get().id()).stream().anyMatch(r -> r.name().equalsIgnoreCase(name))) {
            errors.add("roundName", "staff.admin.error.round_name_taken");
        }
        LocalDate opens = DateField.required(form.opensOnOrEmpty(), "opensOn", "staff.admin.error.date", errors);
        LocalDate closes = DateField.required(form.closesOnOrEmpty(), "closesOn", "staff.admin.error.date", errors);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", "staff.admin.error.closes_before_opens");
        }
        if (opens != null && closes != null && survey.isPresent() && !closes.isBefore(opens)) {
            rounds.overlapping(survey.get().id(), opens, closes).ifPresent(r -> errors.add("opensOn", "staff.admin.error.overlap",
                    Map.of("round", r.name(), "from", r.opensOn().toString(), "to", r.closesOn().toString())));
        }
        if (!"codes".equals(form.entry()) && !"links".equals(form.entry())) {
            errors.add("entry", "staff.admin.error.entry");
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, OrganisationForm.empty(), form, errors, request, user);
        }
        rounds.addRound(survey.get().id(), name, opens, closes, "codes".equals(form.entry()));
        return HttpResponse.seeOther(URI.create("/admin/staff"));
    }

    private MutableHttpResponse<?> page(HttpStatus status, OrganisationForm organisation, RoundForm round, FormErrors errors,
                                        HttpRequest<?> request, Authentication user) {
        String base = publicUrl.base(request).orElse("");
        List<Survey> surveys = staffSurveys();
        Texts texts = pages.texts(request);
        return Views.render(status, "staff/admin", pages.layout(request, user), new Page(
                rounds.organisations().stream().map(o -> new OrganisationRow(o.code(), o.name(),
                        surveys.stream().map(s -> base + "/s/" + s.id() + "?org=" + o.code()).toList())).toList(),
                rounds.rounds().stream().map(r -> new RoundRow(r.name(), r.surveyId(), r.opensOn().toString(),
                        r.closesOn().toString(), r.codesRequired())).toList(),
                surveys.stream().map(s -> new Choice(s.id(), Text.of(s.id()), null, "ltr", s.id().equals(round.survey()))).toList(),
                List.of(Choice.of("codes", texts.ui("staff.admin.entry.codes"), "codes".equals(round.entry())),
                        Choice.of("links", texts.ui("staff.admin.entry.links"), "links".equals(round.entry()))),
                organisation, round, errors.messages(texts), !errors.isEmpty()));
    }

    private List<Survey> staffSurveys() {
        return catalog.latestOfEach().stream().filter(StaffEntry::applies).toList();
    }

    private String defaultSurvey() {
        List<Survey> surveys = staffSurveys();
        return surveys.size() == 1 ? surveys.get(0).id() : null;
    }
}
