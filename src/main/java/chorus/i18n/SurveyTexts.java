package chorus.i18n;

import chorus.survey.Page;
import chorus.survey.Question;
import chorus.survey.RunBy;
import chorus.survey.Survey;
import chorus.survey.SurveyKeys;
import java.util.Map;

/** A survey's text in one language, each piece falling back to the English of the survey file. */
public final class SurveyTexts {

    private final Survey survey;
    private final Language language;
    private final Map<String, String> own;
    private final Map<String, String> source;
    private final Texts ui;
    private final Map<String, Picture> pictures;

    SurveyTexts(Survey survey, Language language, Map<String, String> own, Texts ui, Map<String, Picture> pictures) {
        this.pictures = pictures;
        this.survey = survey;
        this.language = language;
        this.own = own;
        this.source = SurveyKeys.sourceTexts(survey);
        this.ui = ui;
    }

    public Texts ui() {
        return ui;
    }

    public Language language() {
        return language;
    }

    public Text title() {
        return text("title");
    }

    public Text introduction() {
        return text("introduction");
    }

    public Text pageTitle(Page page) {
        return text(SurveyKeys.page(page, "title"));
    }

    public Text pageIntroduction(Page page) {
        return text(SurveyKeys.page(page, "introduction"));
    }

    public Text label(Question question) {
        return text(SurveyKeys.question(question, "label"));
    }

    public Text hint(Question question) {
        return text(SurveyKeys.question(question, "hint"));
    }

    /** The picture beside the question in this language (easy read), or null. */
    public Picture picture(Question question) {
        return pictures.get(question.id());
    }

    public Text option(Question question, String value) {
        if (question.type().hasPresetOptions()) {
            return ui.ui(question.type().optionKeyPrefix() + value);
        }
        return text(SurveyKeys.option(question, value));
    }

    /** The organisation that runs the survey, in this language; null when the survey has no run-by.yml. */
    public Text organisation() {
        return text(RunBy.KEY_ORGANISATION);
    }

    public Text helpTitle(RunBy.Help help) {
        return text(help.titleKey());
    }

    public Text helpText(RunBy.Help help) {
        return text(help.textKey());
    }

        /** Null when the survey file has no such text (an optional hint or introduction). */
    private Text text(String key) {
        String value = own.get(key);
        if (value != null) {
            return Text.of(value);
        }
        String english = source.get(key);
        if (english == null) {
            return null;
        }
        return new Text(english, Language.SOURCE.equals(language.tag()) ? null : Language.SOURCE);
    }

    Survey survey() {
        return survey;
    }
}
