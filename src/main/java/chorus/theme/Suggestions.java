package chorus.theme;

import chorus.i18n.Translations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Theme suggestions for the coding workspace, from the codebook's keywords and from what coders
 * already decided. The suggester is built on first use and again whenever the codebook changes; each
 * coding saved teaches it at once.
 */
@Singleton
class Suggestions {

    static final int SHOWN = 5;

    private final Codebook codebook;
    private final SaidStore store;
    private final Translations translations;
    private ThemeSuggester suggester;
    private long builtAt = -1;

    Suggestions(Codebook codebook, SaidStore store, Translations translations) {
        this.codebook = codebook;
        this.store = store;
        this.translations = translations;
    }

    /** The language whose analysis fits the text: a language Chorus does not ship was written down in English. */
    String analysedAs(String language) {
        return translations.languages().stream().anyMatch(l -> l.tag().equals(language)) ? language : "en";
    }

    List<ThemeSuggester.Suggestion> suggest(String text, String language) {
        return suggester().suggest(text, analysedAs(language), SHOWN);
    }

    void learn(String text, String language, Set<String> themes) {
        if (!themes.isEmpty()) {
            suggester().learn(new ThemeSuggester.CodedItem(text, analysedAs(language), themes));
        }
    }

    private synchronized ThemeSuggester suggester() {
        long version = codebook.version();
        if (suggester == null || version != builtAt) {
            List<ThemeSuggester.ThemeKeywords> keywords = new ArrayList<>();
            codebook.keywords().forEach((theme, byLanguage) -> keywords.add(new ThemeSuggester.ThemeKeywords(theme, byLanguage)));
            ThemeSuggester built = new ThemeSuggester(keywords);
            for (SaidStore.Decided coded : store.decided()) {
                built.learn(new ThemeSuggester.CodedItem(coded.text(), analysedAs(coded.language()), coded.themes()));
            }
            suggester = built;
            builtAt = version;
        }
        return suggester;
    }
}
