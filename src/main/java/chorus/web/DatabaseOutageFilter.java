package chorus.web;

import chorus.system.DatabaseWatch;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * While the database is known to be down, answers every page at once with the outage page rather
 * than letting it wait for a connection. Runs before sessions and security, which may need the
 * database themselves. Assets and the health check still answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class DatabaseOutageFilter implements Ordered {

    private final DatabaseWatch watch;
    private final ProblemPages problems;

    DatabaseOutageFilter(DatabaseWatch watch, ProblemPages problems) {
        this.watch = watch;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseDuringOutage(HttpRequest<?> request) {
        String path = request.getPath();
        if (!watch.isDown() || path.startsWith("/assets/") || path.equals("/health")) {
            return null;
        }
        return problems.unavailable(request, watch.retryAfter());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
