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

    private final DatabaseProbe probe;

    HealthController(DatabaseProbe probe) {
        this.probe = probe;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<String> health() {
        boolean up;
        try {
            up = probe.answers();
        } catch (RuntimeException e) {
            up = false;
        }
        return up ? HttpResponse.ok("{\"status\":\"UP\"}")
                : HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).body("{\"status\":\"DOWN\"}");
    }
}
