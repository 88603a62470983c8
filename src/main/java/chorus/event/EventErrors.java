package chorus.event;

import chorus.system.NotFoundPage;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Another MVP's event gets the same page as an address that does not exist, so its existence is not revealed. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class EventErrors {

    private final NotFoundPage notFound;

    EventErrors(NotFoundPage notFound) {
        this.notFound = notFound;
    }

    @Error(exception = NoSuchEvent.class, global = true)
    MutableHttpResponse<?> noSuchEvent(HttpRequest<?> request) {
        return notFound.survey(request);
    }
}
