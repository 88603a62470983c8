package chorus.audit;

import chorus.system.Role;
import chorus.web.StaffPages;
import chorus.web.Views;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Administrators read the audit log, newest first, a hundred entries a page, for everyone or one account. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/audit")
@Secured(Role.ADMIN_NAME)
class AuditController {

    /** An entry as the page shows it. */
    /** The log page: whose entries ({@code who}, empty for everyone's), and the address of the older ones, if any. */
    record Page(String who, List<Row> rows, String older) {
    }

    record Row(String when, String who, String actionKey, String request, int status) {
    }

    private final AuditLog log;
    private final StaffPages pages;

    AuditController(AuditLog log, StaffPages pages) {
        this.log = log;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> show(HttpRequest<?> request, Authentication user, @Nullable @QueryValue String who,
                                @Nullable @QueryValue String before) {
        String username = who == null || who.isBlank() ? null : who.strip().toLowerCase(Locale.ROOT);
        Long beforeId = before != null && before.matches("\\d{1,18}") ? Long.valueOf(before) : null;
        List<AuditEntry> entries = log.page(username, beforeId);
        List<Row> rows = entries.stream().map(e -> new Row(e.occurredAt().toString().replace('T', ' '), e.username(),
                e.action().labelKey(), e.method() + " " + e.address(), e.status())).toList();
        String older = entries.size() < AuditLog.PAGE ? null : "/admin/audit?before=" + entries.get(entries.size() - 1).id()
                + (username == null ? "" : "&who=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        return Views.render(HttpStatus.OK, "audit/log", pages.layout(request, user), new Page(username == null ? "" : username, rows, older));
    }
}
