package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteTextTest {

    static final String SAID = "The midwife at [name] was kind, but nobody  explained\nwhy I had to wait so long for the interpreter.";

    @Test
    void theWholeTextOrAPartOfItIsAQuote() {
        assertTrue(QuoteText.isExcerpt(SAID, SAID));
        assertTrue(QuoteText.isExcerpt("nobody explained why I had to wait", SAID), "spacing and line breaks may differ");
        assertTrue(QuoteText.isExcerpt("Nobody explained why", SAID), "a capital to start the quote");
    }

    @Test
    void wordsMayBeLeftOutWithAnEllipsisInOrder() {
        assertTrue(QuoteText.isExcerpt("The midwife … was kind … so long for the interpreter.", SAID));
        assertTrue(QuoteText.isExcerpt("The midwife [...] was kind", SAID));
        assertTrue(QuoteText.isExcerpt("…nobody explained...", SAID));
        assertFalse(QuoteText.isExcerpt("so long for the interpreter … The midwife", SAID), "parts keep their order");
    }

    @Test
    void addedOrChangedWordsAreNotAQuote() {
        assertFalse(QuoteText.isExcerpt("The midwife was rude", SAID));
        assertFalse(QuoteText.isExcerpt("The midwife at Ward 7 was kind", SAID), "a redacted name cannot be put back");
        assertFalse(QuoteText.isExcerpt("…", SAID), "an ellipsis alone says nothing");
        assertFalse(QuoteText.isExcerpt("   ", SAID));
    }

    @Test
    void scriptsAreComparedAsComposedText() {
        String urdu = "مترجم نہیں آیا اور ڈاکٹر نے انتظار کیا";
        assertTrue(QuoteText.isExcerpt("مترجم نہیں آیا", urdu));
        assertTrue(QuoteText.isExcerpt("Ştiu", "Ştiu că"), "a composed letter matches itself");
        assertTrue(QuoteText.isExcerpt("S\u0327tiu", "\u015etiu că"), "decomposed and composed forms are one letter");
    }
}
