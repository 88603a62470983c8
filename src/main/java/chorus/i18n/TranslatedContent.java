package chorus.i18n;

/**
 * Text kept in the database that translators translate as they do the files: a feature with such
 * text provides one bean, and the Translations page lists it, exports it and imports it like a survey.
 */
public interface TranslatedContent {

    /** How forms and links name it; never {@code interface} or a survey id. */
    String id();

    /** The interface-text key of its name on the Translations page. */
    String nameKey();

    ExchangedText in(Language language);
}
