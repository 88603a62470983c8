package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbers put into text follow each language's plural rules and digits. No server. */
class PlaceholdersTest {

    private static final String ROMANIAN = "timp de {hours, plural, one {# oră} few {# ore} other {# de ore}}";

    @Test
    void romanianSaysDeFromTwentyUp() {
        ULocale ro = ULocale.forLanguageTag("ro-u-nu-latn");
        assertEquals("timp de 48 de ore", Placeholders.fill(ROMANIAN, Map.of("hours", 48L), ro));
        assertEquals("timp de 2 ore", Placeholders.fill(ROMANIAN, Map.of("hours", 2), ro));
        assertEquals("timp de 1 oră", Placeholders.fill(ROMANIAN, Map.of("hours", 1), ro));
    }

    @Test
    void arabicNumberAgreement() {
        ULocale ar = ULocale.forLanguageTag("ar-u-nu-latn");
        String minutes = "مدة {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}";
        assertEquals("مدة 5 دقائق", Placeholders.fill(minutes, Map.of("minutes", 5), ar));
        assertEquals("مدة دقيقتين", Placeholders.fill(minutes, Map.of("minutes", 2), ar));
        assertEquals("مدة 15 دقيقة", Placeholders.fill(minutes, Map.of("minutes", 15), ar));
    }

    @Test
    void bengaliWritesBengaliDigits() {
        ULocale bn = ULocale.forLanguageTag("bn-u-nu-beng");
        assertEquals("পৃষ্ঠা ২, মোট ১২টির মধ্যে", Placeholders.fill("পৃষ্ঠা {page}, মোট {pages}টির মধ্যে", Map.of("page", 2, "pages", 12), bn));
    }

    @Test
    void aNumberPutInPlainlyIsNotGrouped() {
        assertEquals("Census 2021, response 12345",
                Placeholders.fill("Census {year}, response {number}", Map.of("year", 2021, "number", 12345L), ULocale.UK));
    }

    @Test
    void wordsAreFilledAsTheyAre() {
        assertEquals("Don't stop, Ana", Placeholders.fill("Don't stop, {name}", Map.of("name", "Ana"), ULocale.UK),
                "an apostrophe is a letter, not ICU quoting");
        assertEquals("Hello Ana", Placeholders.fill("Hello {name}", Map.of("name", "Ana"), ULocale.UK));
        assertEquals("Hello {name}", Placeholders.fill("Hello {name}", Map.of(), ULocale.UK), "a value not given stays visible");
    }

    @Test
    void thePlaceholdersOfAPluralAreItsName() {
        assertEquals(Set.of("hours"), Placeholders.of(ROMANIAN));
        assertEquals(Set.of("hours"), Placeholders.of("for {hours} hours"));
        assertTrue(Placeholders.of("for {hours hours").contains(Placeholders.UNREADABLE));
    }
}
