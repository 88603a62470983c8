package chorus.web;

import chorus.system.CsrfTokens;
import chorus.system.NotFoundException;
import chorus.system.DatabaseWatch;
import chorus.system.TamperedFormException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.exceptions.UriSyntaxException;
import io.micronaut.http.server.exceptions.NotAcceptableException;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import java.net.URISyntaxException;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error pages in the visitor's language, never a stack trace. The catch-all for {@link Exception}
 * below also catches what Micronaut would otherwise answer itself (a wrong method, body type or
 * size), so each of those needs its own handler here, or it becomes a 500 with a stack trace.
 * A refusal is logged in one line; only our own failures are logged with their stack trace.
 */
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
        logRefusal(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body larger than the server accepts");
        return page(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "toolarge");
    }

    /** Micronaut's own 413, for a request line or headers over the limits; without it the answer has no page. */
    @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
    MutableHttpResponse<?> tooLargeStatus(HttpRequest<?> request) {
        return tooLarge(request);
    }

    @Error(exception = BufferLengthExceededException.class, global = true)
    MutableHttpResponse<?> tooLargeToBuffer(HttpRequest<?> request) {
        return tooLarge(request);
    }

    /** A method the address does not take: GET on a form's POST, PUT or TRACE anywhere. */
    @Error(exception = NotAllowedException.class, global = true)
    MutableHttpResponse<?> notAllowed(HttpRequest<?> request, NotAllowedException e) {
        String allowed = String.join(", ", new TreeSet<>(e.getAllowedMethods()));
        logRefusal(request, HttpStatus.METHOD_NOT_ALLOWED, "allowed " + allowed);
        return page(request, HttpStatus.METHOD_NOT_ALLOWED, "notallowed").header(HttpHeaders.ALLOW, allowed);
    }

    /** A body our forms never send: JSON, XML or text to a form, a plain form to a file upload. */
    @Error(exception = UnsupportedMediaException.class, global = true)
    MutableHttpResponse<?> unsupportedBody(HttpRequest<?> request) {
        logRefusal(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "body of type " + request.getHeaders().get(HttpHeaders.CONTENT_TYPE));
        return page(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported");
    }

    /** A client that accepts none of the types the address answers in, such as HTML only from /health. */
    @Error(exception = NotAcceptableException.class, global = true)
    MutableHttpResponse<?> notAcceptable(HttpRequest<?> request) {
        logRefusal(request, HttpStatus.NOT_ACCEPTABLE, "accepts none of the types the route answers in");
        return page(request, HttpStatus.NOT_ACCEPTABLE, "notacceptable");
    }

    /** An address that is not one: a lone or malformed percent escape. */
    @Error(exception = URISyntaxException.class, global = true)
    MutableHttpResponse<?> malformedAddress(HttpRequest<?> request) {
        logRefusal(request, HttpStatus.BAD_REQUEST, "malformed address");
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    @Error(exception = UriSyntaxException.class, global = true)
    MutableHttpResponse<?> malformedUri(HttpRequest<?> request) {
        return malformedAddress(request);
    }

    /** Any other refusal Micronaut raises with a status of its own keeps that status, when it is the client's doing. */
    @Error(exception = HttpStatusException.class, global = true)
    MutableHttpResponse<?> otherStatus(HttpRequest<?> request, HttpStatusException e) {
        if (e.getStatus().getCode() >= 500) {
            return failure(request, e);
        }
        if (e.getStatus() == HttpStatus.NOT_FOUND) {
            return notFound.survey(request);
        }
        logRefusal(request, e.getStatus(), e.getClass().getSimpleName());
        return problems.page(request, e.getStatus(), "badrequest");
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
        if (request instanceof NettyHttpRequest<?> netty && netty.getNativeRequest().decoderResult().isFailure()) {
            return unreadableRequest(request, netty.getNativeRequest().decoderResult().cause());
        }
        if (database.noteFailure(e)) {
            LOG.warn("Could not serve {} {}: the database does not answer", request.getMethod(), request.getPath());
            return problems.unavailable(request, database.retryAfter());
        }
        LOG.error("Failed to serve {} {}", request.getMethod(), request.getPath(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "servererror");
    }

    /**
     * A request Netty could not read: a header with a control character in it, or a request line
     * or headers over the size limits. Micronaut passes it on with the decoder's exception, which
     * reached the catch-all above as if it were our failure.
     */
    private MutableHttpResponse<?> unreadableRequest(HttpRequest<?> request, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            logRefusal(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "request line or headers over the limit");
            return page(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "toolarge");
        }
        logRefusal(request, HttpStatus.BAD_REQUEST, "unreadable request: " + cause.getMessage());
        return page(request, HttpStatus.BAD_REQUEST, "badrequest");
    }

    /**
     * One line per refused request, not a stack trace: anyone can send these, and a page of log
     * per request would bury real failures. Control characters in the path are escaped by the
     * log layout (logback.xml), as everywhere.
     */
    private static void logRefusal(HttpRequest<?> request, HttpStatus status, String why) {
        LOG.info("Refused {} {} with {}: {}", request.getMethodName(), request.getPath(), status.getCode(), why);
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String prefix) {
        return problems.page(request, status, prefix);
    }
}
