package chorus.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Picks the language of a page: {@code ?lang=} (a BCP 47 tag), else the remembered choice, else
 * the browser's Accept-Language, else English.
 */
@Singleton
public class LanguageChoice {

    public static final String COOKIE = "chorus-lang";

    /** The chosen language; {@code unknown} is set when ?lang= named a language not offered here. */
    public record Choice(Language language, boolean explicit, String unknown) {
    }

    private final Translations translations;

    LanguageChoice(Translations translations) {
        this.translations = translations;
    }

    public Choice choose(HttpRequest<?> request, List<Language> offered) {
        Optional<String> asked = request.getParameters().getFirst("lang").filter(s -> !s.isBlank());
        if (asked.isPresent()) {
            Optional<Language> match = asked.get().length() <= 35 ? translations.match(asked.get(), offered) : Optional.empty();
            return match.map(l -> new Choice(l, true, null))
                    .orElseGet(() -> new Choice(fallback(request, offered), false, asked.get()));
        }
        return new Choice(fallback(request, offered), false, null);
    }

    private Language fallback(HttpRequest<?> request, List<Language> offered) {
        return request.getCookies().findCookie(COOKIE)
                .flatMap(c -> offered.stream().filter(l -> l.tag().equals(c.getValue())).findFirst())
                .or(() -> request.getHeaders().findFirst(HttpHeaders.ACCEPT_LANGUAGE).flatMap(h -> translations.match(h, offered)))
                .orElse(translations.source());
    }

    /** Remembers an explicit choice for later visits; the cookie holds only the language tag. */
    public static Cookie remember(Language language, boolean secure) {
        return Cookie.of(COOKIE, language.tag())
                .path("/")
                .maxAge(Duration.ofDays(365))
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Lax);
    }
}
