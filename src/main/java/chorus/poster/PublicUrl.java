package chorus.poster;

import chorus.system.ChorusSettings;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address people reach Chorus at, for links that leave the screen (printed posters): the
 * configured {@code chorus.public-url} (CHORUS_PUBLIC_URL), else the scheme and Host of the request.
 */
@Singleton
public class PublicUrl {

    /** A host name or IPv4/IPv6 address with an optional port: nothing else may reach a printed link. */
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?");

    private final String configured;

    PublicUrl(ChorusSettings settings) {
        String configured = settings.publicUrl();
        this.configured = configured;
    }

    /** The base without a trailing slash, e.g. https://survey.example.nhs.uk; empty when the Host header is unusable. */
    public Optional<String> base(HttpRequest<?> request) {
        return base(configured, request.isSecure(), request.getHeaders().get(HttpHeaders.HOST));
    }

    static Optional<String> base(String configured, boolean secure, String host) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured.strip().replaceAll("/+$", ""));
        }
        if (host == null || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        return Optional.of((secure ? "https://" : "http://") + host);
    }
}
