package chorus.i18n;

import chorus.survey.Survey;
import chorus.survey.SurveyKeys;
import java.nio.file.Path;
import java.util.Map;

/**
 * One translation file a translator exchanges: the interface text, or one survey's text, in one
 * language. {@code survey} is null for the interface text.
 */
public record TranslationTarget(Survey survey, Language language) {

    /** How forms and the command line name the interface text instead of a survey id. */
    public static final String INTERFACE = "interface";

    public String id() {
        return survey == null ? INTERFACE : survey.id();
    }

    /** The file inside the translations folder, as XLIFF's {@code original} attribute names it. */
    public String file() {
        return survey == null ? "ui/" + language.tag() + ".yml" : "surveys/" + survey.id() + "/" + language.tag() + ".yml";
    }

    public String original() {
        return "translations/" + file();
    }

    Path path(Path root) {
        return root.resolve(file());
    }

    Path sourcesPath(Path root) {
        return path(root).resolveSibling(language.tag() + SourceFingerprints.SUFFIX);
    }

    /** Key -> English text, in the order of the English file. */
    Map<String, String> english(Translations translations) {
        return survey == null ? translations.interfaceSource() : SurveyKeys.sourceTexts(survey);
    }

    Map<String, String> translated(Translations translations) {
        return survey == null ? translations.interfaceTexts(language.tag()) : translations.surveyTexts(survey.id(), language.tag());
    }

    Map<String, String> recorded(Translations translations) {
        return survey == null ? translations.interfaceSources(language.tag()) : translations.surveySources(survey.id(), language.tag());
    }

    /** A name for file names: chorus-interface-pl.xlf, chorus-maternity-experience-pl.xlf. */
    public String downloadName() {
        return "chorus-" + id() + "-" + language.tag() + ".xlf";
    }
}
