package chorus.i18n;

import java.nio.file.Path;
import java.util.Optional;

/** Interface text read straight from the repository's translation files, for unit tests that start no server. */
public final class FileTexts {

    private static final Translations TRANSLATIONS = new Translations(Path.of("translations"), Path.of("surveys"), id -> Optional.empty());

    private FileTexts() {
    }

    public static Texts english() {
        return TRANSLATIONS.texts(TRANSLATIONS.source());
    }
}
