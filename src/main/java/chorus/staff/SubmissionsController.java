package chorus.staff;

import java.util.List;
import chorus.i18n.Text;
import chorus.system.Role;
import chorus.disclosure.DisclosurePolicies;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;

/**
 * How many staff answered, per round and organisation, so administrators can chase a low response
 * while the round is open. Administrators only: analysts see staff answers only through reports,
 * which hide groups below the minimum.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/staff/submissions")
@Secured(Role.ADMIN_NAME)
class SubmissionsController {

    private final StaffRounds rounds;
    private final StaffPages pages;
    private final DisclosurePolicies policies;

    SubmissionsController(StaffRounds rounds, StaffPages pages, DisclosurePolicies policies) {
        this.rounds = rounds;
        this.pages = pages;
        this.policies = policies;
    }

    @Get
    MutableHttpResponse<?> show(HttpRequest<?> request, Authentication user) {
        int minimum = policies.staff().minimum();
        return Views.render(HttpStatus.OK, "staff/submissions", pages.layout(request, user), new Page(rounds.submissionCounts(), minimum,
                pages.texts(request).ui("staff.submissions.explanation", Map.of("n", minimum))));
    }

    record Page(List<RoundRepository.SubmissionCount> counts, int minimum, Text explanation) {
    }
}
