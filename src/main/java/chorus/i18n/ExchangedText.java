package chorus.i18n;

import java.util.Map;

/**
 * One set of texts a translator receives and returns as one XLIFF file, in one language: a file of
 * the translations folder (interface text, a survey) or texts kept in the database (the actions of
 * "You said, we did"). {@link TranslationExchange} exports and imports any of them with the same checks.
 */
public interface ExchangedText {

    /** How forms and links name the text: {@code interface}, a survey id, {@code you-said-we-did}. */
    String id();

    Language language();

    /** XLIFF's {@code original}: its folder says which text a file is for, so a file cannot land on another. */
    String original();

    /** Key -> today's English, in the order a translator should read it. */
    Map<String, String> english();

    /** Key -> this language's translation. */
    Map<String, String> translated();

    /** Key -> fingerprint of the English each translation was made from ({@link SourceFingerprints}). */
    Map<String, String> recorded();

    /** Key -> where the text appears, for the translator. */
    Map<String, String> notes();

    /** Writes the changed translations and the fingerprints of every translation, all or nothing. */
    void write(Map<String, String> english, Map<String, String> newText, Map<String, String> sources);

    /** A name for file names: chorus-interface-pl.xlf, chorus-you-said-we-did-pl.xlf. */
    default String downloadName() {
        return "chorus-" + id() + "-" + language().tag() + ".xlf";
    }

    /** Keys English has and this language lacks, translated from older English, and no longer in English. */
    default int[] missingStaleUnused() {
        Map<String, String> english = english();
        Map<String, String> translated = translated();
        Map<String, String> recorded = recorded();
        int missing = 0;
        int stale = 0;
        for (Map.Entry<String, String> entry : english.entrySet()) {
            if (!translated.containsKey(entry.getKey())) {
                missing++;
            } else if (SourceFingerprints.stale(recorded.get(entry.getKey()), entry.getValue())) {
                stale++;
            }
        }
        int unused = (int) translated.keySet().stream().filter(k -> !english.containsKey(k)).count();
        return new int[] {missing, stale, unused};
    }
}
