package chorus.answer;

import chorus.survey.QuestionType;
import java.util.Map;

/**
 * Faces beside the answers of the agreement and Friends and Family Test scales in easy read, from a
 * big smile to a big frown, and a question mark for "don't know" and "does not apply": easy-read
 * guidance puts a picture beside each answer, not only each question. The words are the label, so
 * each face is decorative to assistive technology. Drawn here rather than per survey: every survey's
 * scale has the same answers.
 */
final class ScaleFaces {

    private static final String HEAD = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\" width=\"32\" height=\"32\""
            + " aria-hidden=\"true\" focusable=\"false\"><g fill=\"none\" stroke=\"#212b32\" stroke-width=\"2\" stroke-linecap=\"round\">"
            + "<circle cx=\"16\" cy=\"16\" r=\"13\" fill=\"#ffeb3b\"/>";
    private static final String EYES = "<circle cx=\"11\" cy=\"13\" r=\"1\" fill=\"#212b32\"/><circle cx=\"21\" cy=\"13\" r=\"1\" fill=\"#212b32\"/>";
    private static final String TAIL = "</g></svg>";

    private static final String BIG_SMILE = face("<path d=\"M9 18c3 6 11 6 14 0z\" fill=\"#212b32\"/>");
    private static final String SMILE = face("<path d=\"M10 19c3 3 9 3 12 0\"/>");
    private static final String FLAT = face("<path d=\"M11 20h10\"/>");
    private static final String FROWN = face("<path d=\"M10 22c3-3 9-3 12 0\"/>");
    private static final String BIG_FROWN = face("<path d=\"M9 24c3-6 11-6 14 0z\" fill=\"#212b32\"/>");
    private static final String UNSURE = HEAD.replace("fill=\"#ffeb3b\"", "fill=\"#fff\"")
            + "<path d=\"M12 12a4 4 0 1 1 5 4c-1 .5-1 1.5-1 3\"/><circle cx=\"16\" cy=\"23\" r=\"1\" fill=\"#212b32\"/>" + TAIL;

    private static final Map<String, String> AGREEMENT = Map.of("strongly_agree", BIG_SMILE, "agree", SMILE, "neither", FLAT,
            "disagree", FROWN, "strongly_disagree", BIG_FROWN, "not_applicable", UNSURE);
    private static final Map<String, String> FFT = Map.of("very_good", BIG_SMILE, "good", SMILE, "neither", FLAT,
            "poor", FROWN, "very_poor", BIG_FROWN, "dont_know", UNSURE);

    private ScaleFaces() {
    }

    /** The face for an answer of a scale question; null for any other question type. */
    static String of(QuestionType type, String value) {
        return switch (type) {
            case AGREEMENT -> AGREEMENT.get(value);
            case FFT -> FFT.get(value);
            default -> null;
        };
    }

    private static String face(String mouth) {
        return HEAD + EYES + mouth + TAIL;
    }
}
