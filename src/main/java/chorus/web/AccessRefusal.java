package chorus.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * What a refused request gets, whatever it asked to accept: someone not signed in (or whose form
 * token is stale) is sent to the sign-in page; a signed-in person without the role sees a 403 page
 * in their language.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AccessRefusal implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ProblemPages problems;

    AccessRefusal(ProblemPages problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return problems.page(request, HttpStatus.FORBIDDEN, "forbidden");
        }
        return HttpResponse.seeOther(URI.create("/sign-in"));
    }
}
