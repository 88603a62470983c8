package chorus.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Chorus's own top-level settings ({@code chorus.*} in application.yml, which explains each, and
 * the README's "Settings" table). A value that cannot work stops start-up with a message naming it.
 *
 * @param home the folder that holds surveys/ and translations/ (the working folder by default)
 * @param surveysDir the survey definitions, relative to home
 * @param translationsDir the translation files, relative to home
 * @param timeZone the LMNS's time zone: what "today" is for events, drafts and report periods
 * @param secureCookies send cookies only over HTTPS (set it wherever Chorus is served over HTTPS)
 * @param publicUrl the address printed on posters and QR codes; empty: the Host of the request
 * @param draftHours how long an unfinished survey is kept for its respondent to come back to
 */
@ConfigurationProperties("chorus")
public record ChorusSettings(
        @Bindable(defaultValue = ".") String home,
        @Bindable(defaultValue = "surveys") String surveysDir,
        @Bindable(defaultValue = "translations") String translationsDir,
        @Bindable(defaultValue = "Europe/London") String timeZone,
        @Bindable(defaultValue = "false") boolean secureCookies,
        @Bindable(defaultValue = "") String publicUrl,
        @Bindable(defaultValue = "48") int draftHours) {

    public ChorusSettings {
        publicUrl = publicUrl == null ? "" : publicUrl.strip();
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("chorus.time-zone: \"" + timeZone + "\" is not a time zone, e.g. Europe/London");
        }
        if (draftHours < 1) {
            throw new IllegalArgumentException("chorus.draft-hours must be at least 1, not " + draftHours);
        }
        if (!publicUrl.isEmpty() && !publicUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalArgumentException("chorus.public-url must be an address such as https://survey.example.nhs.uk");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Path surveys() {
        return Path.of(home).resolve(surveysDir);
    }

    public Path translations() {
        return Path.of(home).resolve(translationsDir);
    }
}
