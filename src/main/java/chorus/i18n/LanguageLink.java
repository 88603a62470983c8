package chorus.i18n;

import java.util.List;

/** One entry of the language switcher: the language named in itself, linking to this page in it. */
public record LanguageLink(String name, String tag, String dir, String href, boolean current) {

    public static List<LanguageLink> of(List<Language> languages, Language current, String path) {
        return languages.stream()
                .map(l -> new LanguageLink(l.name(), l.tag(), l.dir(), path + "?lang=" + l.tag(), l.equals(current)))
                .toList();
    }
}
