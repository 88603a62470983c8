package chorus.theme;

import chorus.i18n.Language;
import chorus.i18n.Text;
import chorus.i18n.Translations;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * How pages show the language of what someone said. A shipped language gives the words its tag and
 * direction; any other (Sylheti is spoken only) was written down in English, so the words are marked
 * English while its name is still given.
 */
@Singleton
class ItemLanguages {

    private final Translations translations;

    ItemLanguages(Translations translations) {
        this.translations = translations;
    }

    /** The language's own name, in its own language, or the tag as recorded. */
    Text name(String tag) {
        return shipped(tag).map(l -> new Text(l.name(), l.tag())).orElse(new Text(tag, null));
    }

    /** The lang attribute of the words. */
    String lang(String tag) {
        return shipped(tag).map(Language::tag).orElse("en");
    }

    String dir(String tag) {
        return shipped(tag).map(Language::dir).orElse("auto");
    }

    private Optional<Language> shipped(String tag) {
        return translations.languages().stream().filter(l -> l.tag().equals(tag)).findFirst();
    }
}
