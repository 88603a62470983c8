package chorus.system;

import chorus.answer.TamperedFormException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.annotation.Produces;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error pages in the visitor's language, never a stack trace. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final NotFoundPage notFound;
    private final ProblemPages problems;
    private final AccessRefusal accessRefusal;
    private final DatabaseWatch database;

    ErrorPages(NotFoundPage notFound, ProblemPages problems, AccessRefusal accessRefusal, DatabaseWatch database) {
        this.database = database;
        this.notFound = notFound;
        this.problems = problems;
        this.accessRefusal = accessRefusal;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return notFound.survey(request);
    }

    @Error(exception = NotFoundException.class, global = true)
    MutableHttpResponse<?> notFoundHere(HttpRequest<?> request) {
        return notFound.survey(request);
    }

    @Error(exception = TamperedFormException.class, global = true)
    MutableHttpResponse<?> tampered(HttpRequest<?> request, TamperedFormException e) {
        LOG.info("Refused a form on {}: {}", request.getPath(), e.getMessage());
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    @Error(exception = ContentLengthExceededException.class, global = true)
    MutableHttpResponse<?> tooLarge(HttpRequest<?> request) {
        return page(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "badrequest");
    }

    @Error(status = HttpStatus.FORBIDDEN, global = true)
    MutableHttpResponse<?> forbidden(HttpRequest<?> request) {
        return page(request, HttpStatus.FORBIDDEN, "forbidden");
    }

    /** A body that is not a form our pages could send: bad percent-encoding, nested fields, none at all. */
    @Error(exception = HttpPostRequestDecoder.ErrorDataDecoderException.class, global = true)
    MutableHttpResponse<?> malformedForm(HttpRequest<?> request) {
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    @Error(exception = ConversionErrorException.class, global = true)
    MutableHttpResponse<?> unreadableForm(HttpRequest<?> request) {
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    @Error(exception = UnsatisfiedRouteException.class, global = true)
    MutableHttpResponse<?> missingForm(HttpRequest<?> request) {
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    @Error(status = HttpStatus.BAD_REQUEST, global = true)
    MutableHttpResponse<?> badRequest(HttpRequest<?> request) {
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    @Error(exception = CsrfTokens.StaleFormException.class, global = true)
    MutableHttpResponse<?> staleForm(HttpRequest<?> request) {
        return page(request, HttpStatus.FORBIDDEN, "staleform");
    }

    @Error(exception = AuthorizationException.class, global = true)
    MutableHttpResponse<?> refused(HttpRequest<?> request, AuthorizationException e) {
        return accessRefusal.handle(request, e);
    }

    @Error(exception = Exception.class, global = true)
    MutableHttpResponse<?> failure(HttpRequest<?> request, Exception e) {
        if (database.noteFailure(e)) {
            LOG.warn("Could not serve {} {}: the database does not answer", request.getMethod(), request.getPath());
            return problems.unavailable(request, database.retryAfter());
        }
        LOG.error("Failed to serve {} {}", request.getMethod(), request.getPath(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "servererror");
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String prefix) {
        return problems.page(request, status, prefix);
    }
}
