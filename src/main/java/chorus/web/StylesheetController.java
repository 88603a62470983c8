package chorus.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Serves the stylesheets under their fingerprinted names with a year-long, immutable cache, so a later
 * survey page costs only its HTML. The plain /assets/chorus.css and staff.css stay with the static resources
 * and their short cache, for anything that still links it.
 */
@Controller("/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
// Made at start-up so a missing or unreadable stylesheet stops Chorus there, not on the first page.
@Context
class StylesheetController {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** An old fingerprint, from a page opened before a release: send today's styles, kept only briefly. */
    static final String STALE = "public, max-age=300";

    StylesheetController() {
        Stylesheet.hash();
    }

    @Get("/chorus.{hash}.css")
    HttpResponse<byte[]> stylesheet(String hash) {
        return serve(Stylesheet.PUBLIC, hash);
    }

    @Get("/staff.{hash}.css")
    HttpResponse<byte[]> staff(String hash) {
        return serve(Stylesheet.STAFF, hash);
    }

    private static HttpResponse<byte[]> serve(Stylesheet.Sheet sheet, String hash) {
        return HttpResponse.ok(sheet.bytes().clone())
                .contentType("text/css;charset=utf-8")
                .header("Cache-Control", hash.equals(sheet.hash()) ? IMMUTABLE : STALE);
    }
}
