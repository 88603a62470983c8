package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chorus.theme.Redaction.Found;
import chorus.theme.Redaction.Kind;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What redaction takes out of a free-text answer and what it leaves. Each case is written as the
 * text a coder would see, so a missing rule shows as an identifier left in the expected text.
 */
class RedactionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Redaction REDACTION =
            new Redaction(List.of("Ann", "Zoë Smith", "St Mary's Ward"), TODAY);

    private static String redacted(String text) {
        return REDACTION.redact(text).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "write to jane.doe+maternity@mail.nhs.uk please | write to [email] please",
        "J_Smith99@Example.CO.UK                        | [email]",
        "email me: jane @ example . com thanks           | email me: [email] thanks",
        "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ                    | [email]",
        "ja\u200Bne@exa\u00ADmple.com                   | [email]"})
    void emailAddressesAreTakenOut(String text, String expected) {
        assertEquals(expected, redacted(text));
    }

    @Test
    void anAtSignInProseIsNotAnAddressButASpacedAddressIs() {
        assertEquals("meet @ reception. then go home", redacted("meet @ reception. then go home"));
        assertEquals("[email]", redacted("ann @ nhs . net"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "call 07700 900123 now          | call [phone] now",
        "07700900123                    | [phone]",
        "(01603) 123 456                | [phone]",
        "ring (0161) 496 0000.          | ring [phone].",
        "01603-123456                   | [phone]",
        "01603.123.456                  | [phone]",
        "020 7946 0000                  | [phone]",
        "0800 123456                    | [phone]",
        "+44 (0) 7700 900123            | [phone]",
        "+44 7700 900123                | [phone]",
        "+447700900123                  | [phone]",
        "0044 7700 900123               | [phone]",
        "07700 900123 or 01603 123456   | [phone] or [phone]",
        "0 7 7 0 0 9 0 0 1 2 3          | [phone]",
        "07700-900-123                  | [phone]"})
    void ukPhoneNumbersAreTakenOutHoweverTheyAreSpaced(String text, String expected) {
        assertEquals(expected, redacted(text));
    }

    @Test
    void helplinesAreKept() {
        assertEquals("if worried ring 999 or 111", redacted("if worried ring 999 or 111"));
        assertEquals("ring 999, 111 or [phone]", redacted("ring 999, 111 or 07700 900123"));
    }

    @Test
    void tenDigitsAreAnNhsNumberOnlyWhenTheCheckDigitHolds() {
        // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9.
        assertEquals("my number is [NHS number]", redacted("my number is 943 476 5919"));
        assertEquals("[NHS number]", redacted("943-476-5919"));
        assertEquals("[NHS number]", redacted("9434765919"));
        assertEquals(List.of(new Found(Kind.NHS_NUMBER, 0, 12)), REDACTION.find("943 476 5919"));
        assertEquals("ref 943 476 5918", redacted("ref 943 476 5918"));
        // The check gives 10 here, a number never issued.
        assertEquals("order 1234567890", redacted("order 1234567890"));
    }

    @Test
    void aTenDigitNumberFailingTheCheckIsStillTakenOutWhenItIsAPhone() {
        assertFalse(DigitRuns.nhsCheckDigitHolds("0160312346"));
        assertEquals("[phone]", redacted("01603 12346"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I live at NR1 3SR now | I live at [postcode] now",
        "nr13sr                | [postcode]",
        "SW1A 1AA              | [postcode]",
        "PE30 1AB              | [postcode]",
        "m1 1ae                | [postcode]"})
    void fullPostcodesAreTakenOut(String text, String expected) {
        assertEquals(expected, redacted(text));
    }

    @Test
    void anOutwardCodeAloneIsKept() {
        assertEquals("we moved from NR1 to PE30 [postcode]", redacted("we moved from NR1 to PE30 PE30 1AB"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "born 03/03/1990           | born [date]",
        "3.3.90                    | [date]",
        "3-3-1990                  | [date]",
        "1990-03-03                | [date]",
        "03 03 1990                | [date]",
        "12/25/1990                | [date]",
        "3 March 1990              | [date]",
        "3 MARCH 1990              | [date]",
        "March 3rd, 1990           | [date]",
        "3rd of March 1990         | [date]",
        "3 Mar 90.                 | [date].",
        "3-Mar-1990                | [date]",
        "3 marca 1990 r.           | [date] r.",
        "3 MARCA 1990              | [date]",
        "3 października 1990       | [date]",
        "3 pazdziernika 1990       | [date]",
        "3 martie 1990             | [date]",
        "3 ian. 1990               | [date]",
        "3 مارس 1990               | [date]",
        "٣ مارس ١٩٩٠               | [date]",
        "۳ مارچ ۱۹۹۰               | [date]",
        "৩ মার্চ ১৯৯০              | [date]",
        "3 জানুয়ারী 1990           | [date]",
        "29/02/2000                | [date]"})
    void fullDatesThatCouldBeABirthdayAreTakenOut(String text, String expected) {
        assertEquals(expected, redacted(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyIcuMonthName")
    void everyMonthNameIcuGivesForChorusLanguagesIsRead(String monthName) {
        assertEquals("[date]", redacted("3 " + monthName + " 1990"));
    }

    static Stream<String> everyIcuMonthName() {
        List<String> names = new ArrayList<>();
        for (String language : List.of("en", "pl", "ro", "ar", "ur", "bn")) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    names.addAll(List.of(symbols.getMonths(context, width)));
                }
            }
        }
        return names.stream().distinct();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"on 3 March", "31/02/1990", "29/02/1999", "30 February 2000", "3 March 2030", "01/01/1899",
        "3 March 10 people came", "15/25/1990"})
    void datesThatCannotBeABirthdayAreKept(String text) {
        assertEquals(text, redacted(text));
        assertEquals("[date] " + text, redacted("3 March 1990 " + text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ann was lovely                | [name] was lovely",
        "thanks to ANN and zoe smith   | thanks to [name] and [name]",
        "Zoë Smith                     | [name]",
        "Zoe\u0308 Smith               | [name]",
        "ZOE    SMITH helped           | [name] helped",
        "on St. Mary's ward            | on [name]",
        "Zo\u00ADë Sm\u200Bith            | [name]"})
    void listedNamesAreTakenOutAsWholeWords(String text, String expected) {
        assertEquals(expected, redacted(text));
    }

    @Test
    void aNameOnSeveralLinesIsStillOneName() {
        assertEquals("by [name].", redacted("by Zoe\n\tSmith."));
    }

    @Test
    void aListedNameNeverMatchesInsideALongerWord() {
        assertEquals("the Annual review with [name]", redacted("the Annual review with Ann"));
        assertEquals("Joanna and Zoella", redacted("Joanna and Zoella"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0 7 7 0 0 9 0 0 1 2 3        | PHONE",
        "943 476 5919                 | NHS_NUMBER",
        "９４３ ４７６ ５９１９             | NHS_NUMBER",
        "０７７００ ９００１２３            | PHONE",
        "٠٧٧٠٠ ٩٠٠١٢٣                 | PHONE",
        "۰۷۷۰۰ ۹۰۰۱۲۳                 | PHONE",
        "০৭৭০০ ৯০০১২৩                 | PHONE",
        "৯৪৩ ৪৭৬ ৫৯১৯                 | NHS_NUMBER",
        "ＮＲ１ ３ＳＲ                    | POSTCODE",
        "٠٣/٠٣/١٩٩٠                   | DATE"})
    void otherDigitsAndFullWidthFormsHideNothing(String text, Kind kind) {
        assertEquals(List.of(new Found(kind, 0, text.length())), REDACTION.find(text));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "00AD", "200E", "200F", "202A", "202B", "202C", "202D",
        "202E", "2066", "2067", "2068", "2069"})
    void invisibleCharactersInsideANumberOrWordHideNothing(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        assertEquals("x [phone] y", redacted("x 0770" + c + "0 900" + c + "123 y"));
        assertEquals("x [NHS number] y", redacted("x 943" + c + "4765919 y"));
        assertEquals("x [postcode] y", redacted("x N" + c + "R1 3SR y"));
        assertEquals("x [name] y", redacted("x A" + c + "nn y"));
        assertEquals("x [email] y", redacted("x ann@nh" + c + "s.net y"));
    }

    @Test
    void offsetsPointAtTheOriginalText() {
        String text = "Zoë said: call ٠٧٧٠٠\u200B ٩٠٠١٢٣ or write to ＡＮＮ＠ｘ．ｃｏｍ";
        List<Found> found = REDACTION.find(text);
        List<String> spans = found.stream().map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of("٠٧٧٠٠\u200B ٩٠٠١٢٣", "ＡＮＮ＠ｘ．ｃｏｍ"), spans);
        assertEquals(List.of(Kind.PHONE, Kind.EMAIL), found.stream().map(Found::kind).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "میرا نمبر ۰۷۷۰۰ ۹۰۰۱۲۳ ہے، شکریہ        | میرا نمبر [phone] ہے، شکریہ",
        "رقمي \u200F٠٧٧٠٠ ٩٠٠١٢٣\u200F من فضلك      | رقمي \u200F[phone]\u200F من فضلك",
        "আমার নম্বর ০৭৭০০ ৯০০১২৩ দয়া করে         | আমার নম্বর [phone] দয়া করে",
        "আমার NHS নম্বর ৯৪৩ ৪৭৬ ৫৯১৯।           | আমার NHS নম্বর [NHS number]।"})
    void rightToLeftAndOtherScriptsAroundANumberSurviveUnchanged(String text, String expected) {
        assertEquals(expected, redacted(text));
    }

    @Test
    void whereFindsOverlapTheLongerOrStrongerIsKept() {
        assertEquals("[email]", redacted("zoe.smith@nhs.net"));
        assertEquals(List.of(Kind.EMAIL), REDACTION.find("ann@nhs.net").stream().map(Found::kind).toList());
        // "03 1990 07700" is a phone's shape too; the date and the real phone together cover more.
        assertEquals("[date] [phone]", redacted("03 03 1990 07700 900123"));
        assertEquals("[postcode][phone]", redacted("NR1 3SR07700900123"));
    }

    @Test
    void aHandEditedRedactionThatStillHoldsAnIdentifierIsCaught() {
        String edited = "[name] gave me her mobile, [phone], it is 07700 900 123";
        int at = edited.indexOf("07700");
        assertEquals(List.of(new Found(Kind.PHONE, at, edited.length())), REDACTION.find(edited));
    }

    @Test
    void markersAreNeverFoundAgainEvenWhenAListedNameIsAMarkerWord() {
        Redaction markerWords = new Redaction(List.of("Ann", "Date", "Number", "Phone", "Email"), TODAY);
        String once = markerWords.redact("Date with Ann on 3 March 1990, NHS number 943 476 5919, ann@x.com, NR1 3SR, 07700 900123").text();
        assertEquals("[name] with [name] on [date], NHS [name] [NHS number], [email], [postcode], [phone]", once);
        assertEquals(List.of(), markerWords.find(once));
    }

    @Test
    void redactingARedactedTextChangesNothing() {
        String[] pieces = {"0", "7", "07700", "900123", " ", "-", ".", "(", ")", "+44", "0044", "NR1", "3SR", "ann", "@", "x.com",
            "03/03/1990", "3", "March", "marca", "1990", "943", "476", "5919", "[date]", "[name]", "]", "[", "\u200B", "٠", "৯",
            "zoe", " smith", "of", ",", "/", "Zoë", "مارس"};
        Random random = new Random(20_261_205L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Redaction.Redacted once = REDACTION.redact(text.toString());
            assertEquals(List.of(), REDACTION.find(once.text()), () -> "after redacting " + text + " as " + once.text());
            assertEquals(once.text(), redacted(once.text()));
        }
    }

    @Test
    void markersAreTheOnesCodersAreToldToExpect() {
        assertEquals(List.of("[email]", "[phone]", "[NHS number]", "[postcode]", "[date]", "[name]"),
                Stream.of(Kind.values()).map(Redaction::marker).toList());
    }
}
