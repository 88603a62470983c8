package chorus.system;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that keep every page out of frames and other sites' reach. Chorus pages run no script,
 * so the content security policy allows none.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders {

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        // Not no-referrer: under it browsers send "Origin: null" with every form, and Micronaut's
        // guard against drive-by requests to localhost then refuses the POST. same-origin still
        // tells no other site where a visitor came from.
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // A page is rendered as the type the browser asked for, which names no charset when the
        // Accept header is plain "text/html"; without one a browser may guess wrong for Urdu or Bengali.
        response.getContentType().filter(type -> MediaType.TEXT_HTML.equals(type.getName())
                && type.getCharset().isEmpty()).ifPresent(type -> response.contentType(HTML_UTF8));
    }

    private static final MediaType HTML_UTF8 = MediaType.of("text/html;charset=UTF-8");
}
