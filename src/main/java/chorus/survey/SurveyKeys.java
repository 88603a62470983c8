package chorus.survey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The translation keys of a survey and their English source text. Translators see these keys in
 * {@code translations/surveys/<survey>/<language>.yml}; preset answers (agreement, FFT, yes/no,
 * ethnicity, consent) are interface text and have no key here.
 */
public final class SurveyKeys {

    private SurveyKeys() {
    }

    public static String page(Page page, String field) {
        return "pages." + page.id() + "." + field;
    }

    public static String question(Question question, String field) {
        return "questions." + question.id() + "." + field;
    }

    public static String option(Question question, String value) {
        return "questions." + question.id() + ".options." + value;
    }

    public static Map<String, String> sourceTexts(Survey survey) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", survey.title());
        putIfPresent(texts, "introduction", survey.introduction());
        for (Page page : survey.pages()) {
            texts.put(page(page, "title"), page.title());
            putIfPresent(texts, page(page, "introduction"), page.introduction());
            for (Question question : page.questions()) {
                texts.put(question(question, "label"), question.label());
                putIfPresent(texts, question(question, "hint"), question.hint());
                for (Option option : question.options()) {
                    texts.put(option(question, option.value()), option.label());
                }
            }
        }
        if (survey.runBy() != null) {
            texts.putAll(survey.runBy().sourceTexts());
        }
        return texts;
    }

    private static void putIfPresent(Map<String, String> texts, String key, String value) {
        if (value != null) {
            texts.put(key, value);
        }
    }
}
