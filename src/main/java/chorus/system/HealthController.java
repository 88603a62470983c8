package chorus.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** For load balancers and container health checks: 200 only while the database answers. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {

    private final DatabaseWatch database;

    HealthController(DatabaseWatch database) {
        this.database = database;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<String> health() {
        // Asked afresh each time, but never waits longer than the probe timeout: a load balancer
        // must learn of an outage in seconds, not after the pool's connection timeout.
        return database.probe() ? HttpResponse.ok("{\"status\":\"UP\"}")
                : HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).body("{\"status\":\"DOWN\"}");
    }
}
