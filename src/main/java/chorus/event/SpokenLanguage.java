package chorus.event;

import chorus.i18n.Language;
import java.util.List;

/**
 * A language as an event page shows it: a shipped language in its own name and script (with its
 * tag and direction), any other by the name the lead typed (tag and dir null).
 */
public record SpokenLanguage(String value, String name, String tag, String dir) {

    static SpokenLanguage of(String stored, List<Language> shipped) {
        return shipped.stream().filter(l -> l.tag().equals(stored)).findFirst()
                .map(l -> new SpokenLanguage(stored, l.name(), l.tag(), l.dir()))
                .orElseGet(() -> new SpokenLanguage(stored, stored, null, null));
    }
}
