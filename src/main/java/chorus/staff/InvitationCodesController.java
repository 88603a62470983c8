package chorus.staff;

import chorus.i18n.Text;
import java.time.Clock;
import chorus.system.Role;
import chorus.poster.PublicUrl;
import chorus.report.Csv;
import chorus.system.CsrfTokens;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Administrators make one-time invitation codes for an organisation in a round that uses codes.
 * Chorus keeps only their hashes, so the codes are handed over once, as CSV for a mail merge or as
 * a printable page, in the answer to the form; asking again makes new codes.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/staff/codes")
@Secured(Role.ADMIN_NAME)
class InvitationCodesController {

    /** One entry of a drop-down list. */
    /** The codes just made, one per slip, with what each slip says. */
    record PrintPage(List<String> codes, Text heading, Text answerAt, Text closes) {
    }

    record FormPage(List<Choice> rounds, List<Choice> organisations, CodesForm form, List<chorus.web.Choice> formatChoices, int max,
                    Map<String, Text> errors, boolean hasErrors) {
    }

    public record Choice(String id, String label) {
    }

    private final StaffRounds rounds;
    private final InvitationCodes codes;
    private final StaffPages pages;
    private final CsrfTokens csrf;
    private final PublicUrl publicUrl;

    private final Clock clock;

    InvitationCodesController(StaffRounds rounds, InvitationCodes codes, StaffPages pages, CsrfTokens csrf, PublicUrl publicUrl,
                              Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
        this.codes = codes;
        this.pages = pages;
        this.csrf = csrf;
        this.publicUrl = publicUrl;
    }

    @Get
    MutableHttpResponse<?> form(HttpRequest<?> request, Authentication user) {
        return page(HttpStatus.OK, CodesForm.empty(), FormErrors.none(), request, user);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, "text/csv"})
    MutableHttpResponse<?> generate(@Body CodesForm form, HttpRequest<?> request, Authentication user) {
        csrf.checkSessionForm(request, form.csrfToken());
        FormErrors errors = FormErrors.none();
        Optional<Round> round = roundsWithCodes().stream().filter(r -> Long.toString(r.id()).equals(form.round())).findFirst();
        if (round.isEmpty()) {
            errors.add("round", "staff.codes.error.round");
        }
        Optional<Organisation> organisation = rounds.organisations().stream()
                .filter(o -> Long.toString(o.id()).equals(form.organisation())).findFirst();
        if (organisation.isEmpty()) {
            errors.add("organisation", "staff.codes.error.organisation");
        }
        Integer count = count(form.countOrEmpty());
        if (count == null) {
            errors.add("count", "staff.codes.error.count", Map.of("max", InvitationCodes.MAX_PER_BATCH));
        }
        if (!"csv".equals(form.format()) && !"print".equals(form.format())) {
            errors.add("format", "staff.codes.error.format");
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, form, errors, request, user);
        }
        List<String> made = codes.generate(round.get().id(), organisation.get().id(), count);
        String link = publicUrl.base(request).orElse("") + "/s/" + round.get().surveyId();
        return "csv".equals(form.format()) ? csv(made, organisation.get(), round.get(), link)
                : printable(made, organisation.get(), round.get(), link, request, user);
    }

    private MutableHttpResponse<?> csv(List<String> made, Organisation organisation, Round round, String link) {
        StringBuilder out = new StringBuilder("\uFEFF");
        Csv.row(out, List.of("code", "organisation", "round", "closes_on", "link"));
        made.forEach(code -> Csv.row(out, List.of(code, organisation.name(), round.name(), round.closesOn().toString(), link)));
        String file = "invitation-codes-" + organisation.code() + "-" + round.name().replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
        return HttpResponse.ok(out.toString().getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store");
    }

    private MutableHttpResponse<?> printable(List<String> made, Organisation organisation, Round round, String link,
                                             HttpRequest<?> request, Authentication user) {
        var texts = pages.texts(request);
        return Views.render(HttpStatus.OK, "staff/codes-print", pages.layout(request, user), new PrintPage(made,
                texts.ui("staff.codes.print_heading", Map.of("organisation", organisation.name(), "round", round.name())),
                texts.ui("staff.codes.answer_at", Map.of("link", link)),
                texts.ui("staff.codes.closes", Map.of("date", StaffEntry.date(round.closesOn(), texts.language())))));
    }

    private MutableHttpResponse<?> page(HttpStatus status, CodesForm form, FormErrors errors, HttpRequest<?> request,
                                        Authentication user) {
        return Views.render(status, "staff/codes", pages.layout(request, user), new FormPage(
                roundsWithCodes().stream().map(r -> new Choice(Long.toString(r.id()), r.name())).toList(),
                rounds.organisations().stream().map(o -> new Choice(Long.toString(o.id()), o.name())).toList(), form,
                List.of(chorus.web.Choice.of("print", pages.texts(request).ui("staff.codes.format.print"), "print".equals(form.format())),
                        chorus.web.Choice.of("csv", pages.texts(request).ui("staff.codes.format.csv"), "csv".equals(form.format()))),
                InvitationCodes.MAX_PER_BATCH, errors.messages(pages.texts(request)), !errors.isEmpty()));
    }

    /** Rounds that use codes and have not closed: codes for a closed round could never be used. */
    private List<Round> roundsWithCodes() {
        LocalDate today = LocalDate.now(clock);
        return rounds.rounds().stream().filter(r -> r.codesRequired() && !r.closesOn().isBefore(today)).toList();
    }

    private static Integer count(String typed) {
        try {
            int count = Integer.parseInt(typed);
            return count >= 1 && count <= InvitationCodes.MAX_PER_BATCH ? count : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
