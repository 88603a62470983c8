package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A first language typed in any way people type it is one code; anything else is kept as typed. */
class LanguageNamesTest {

    @Test
    void aLanguageTypedInAnyCaseScriptOrSpellingIsOneCode() {
        for (String typed : new String[] {"urdu", "Urdu ", "URDU", "اردو", "urdu.", "Urdu"}) {
            assertEquals(Optional.of("ur"), LanguageNames.code(typed), typed);
        }
        for (String typed : new String[] {"Bengali", "Bangla", "বাংলা", "bengalski"}) {
            assertEquals(Optional.of("bn"), LanguageNames.code(typed), typed);
        }
        assertEquals(Optional.of("syl"), LanguageNames.code("Sylheti"));
        assertEquals(Optional.of("syl"), LanguageNames.code("সিলেটি"));
        assertEquals(Optional.of("ro"), LanguageNames.code("Română"));
        assertEquals(Optional.of("ro"), LanguageNames.code("romana"));
        assertEquals(Optional.of("pl"), LanguageNames.code("polski"));
        assertEquals(Optional.of("pl"), LanguageNames.code("Polish"));
        assertEquals(Optional.of("fa"), LanguageNames.code("Farsi"));
        assertEquals(Optional.of("prs"), LanguageNames.code("Dari"));
        assertEquals(Optional.of("ar"), LanguageNames.code("العربية"));
        assertEquals(Optional.of("zh"), LanguageNames.code("Mandarin"));
        assertEquals(Optional.of("bfi"), LanguageNames.code("BSL"));
    }

    @Test
    void aLanguageNotOnTheListIsKeptAsTyped() {
        assertEquals(Optional.empty(), LanguageNames.code("Klingon"));
        assertEquals(Optional.empty(), LanguageNames.code(" "));
        assertEquals(Optional.empty(), LanguageNames.code(null));
        assertEquals(Optional.empty(), LanguageNames.code("x".repeat(200)));
    }
}
