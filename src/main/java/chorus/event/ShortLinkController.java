package chorus.event;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;

/**
 * The short address an event's poster prints, {@code /q/<reference>}: short enough to type from a
 * poster across a room. It opens the event's "about you" form, in the language the visitor's phone
 * asks for (they can change it there); an unknown reference is the usual "not found".
 */
@Controller("/q")
@Secured(SecurityRule.IS_ANONYMOUS)
class ShortLinkController {

    private final EventReferences references;

    ShortLinkController(EventReferences references) {
        this.references = references;
    }

    @Get("/{reference}")
    MutableHttpResponse<?> open(@PathVariable String reference) {
        // References are capitals and digits that cannot be mistaken for one another; typed from a
        // poster they often arrive in small letters.
        String typed = reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (references.idOf(typed).isEmpty()) {
            throw new chorus.system.NotFoundException();
        }
        return HttpResponse.seeOther(URI.create("/s/" + ListeningEvents.ABOUT_YOU + "?event=" + typed));
    }
}
