package chorus.audit;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.http.SessionForRequest;
import java.security.Principal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every request a signed-in member of staff makes to a staff page, and every sign-in,
 * after it has been answered. Public pages are never recorded: a member of staff who answers the
 * staff survey while signed in must leave no trace of it. Request bodies are never recorded.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class AuditFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final String SESSION_USER = "micronaut.AUTHENTICATION";

    private final AuditLog log;

    AuditFilter(AuditLog log) {
        this.log = log;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (!recorded(path)) {
            return;
        }
        String method = request.getMethodName();
        AuditAction action = AuditAction.of(method, path);
        Optional<String> who = action == AuditAction.SIGN_IN
                ? signedInNow(request, response)
                : request.getUserPrincipal().map(Principal::getName);
        if (who.isEmpty()) {
            return;
        }
        try {
            log.record(who.get(), action, method, address(request), response.code());
        } catch (RuntimeException e) {
            // The person's request has been answered; a lost audit line must not turn it into an error.
            LOG.error("Could not record {} by a signed-in user in the audit log", action, e);
        }
    }

    /** Outside the security filter, so that what it refuses is recorded too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    /**
     * Staff pages only: never the public survey, an event's short address (which leads to its form),
     * the public "You said, we did", assets, health checks or the sign-in form itself.
     */
    static boolean recorded(String path) {
        return !(path.startsWith("/s/") || path.startsWith("/q/") || path.equals("/you-said-we-did")
                || path.startsWith("/you-said-we-did/") || path.startsWith("/assets/") || path.equals("/health") || path.equals("/"));
    }

    /** A sign-in that succeeded (by password or single sign-on) has put who signed in into the new session. */
    private static Optional<String> signedInNow(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() / 100 != 3) {
            return Optional.empty();
        }
        return SessionForRequest.find(request).flatMap(s -> s.get(SESSION_USER, Authentication.class)).map(Authentication::getName);
    }

    /** The path and query, printable characters only, cut to fit: an address, never a form's answers. */
    static String address(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        String address = request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
        StringBuilder clean = new StringBuilder();
        address.codePoints().filter(c -> c >= 0x20 && c != 0x7f).forEach(clean::appendCodePoint);
        return clean.length() <= AuditLog.ADDRESS_LENGTH ? clean.toString() : clean.substring(0, AuditLog.ADDRESS_LENGTH);
    }
}
