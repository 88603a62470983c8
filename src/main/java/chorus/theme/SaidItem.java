package chorus.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;

/**
 * Something a person said, as a coder works on it: where it came from, the redacted text every page
 * but the coding workspace shows, and what coders decided. The raw words stay in the answer or comment
 * it points to (see V21). {@code language} is the language it was said in, which may be one Chorus
 * does not ship: a comment heard in Sylheti, a spoken-only language, is written down in English, and
 * pages then mark its words as English.
 */
@MappedEntity("said_item")
public record SaidItem(@Id String id, Source source, @Nullable Long answerId, @Nullable Long commentId,
                       @Nullable String staffResponseId, @Nullable String questionId, @Nullable Long responseId,
                       @Nullable String surveyId, @Nullable Long eventId, @Nullable Long mvpId, @Nullable Long roundId,
                       @Nullable Long organisationId, String language, String channel, @Nullable LocalDate saidOn,
                       String redactedText, boolean redactionEdited, @Nullable String gloss, Status status,
                       @Nullable Sentiment sentiment, boolean safeguarding, @Nullable String decidedBy,
                       boolean doubleCoded, @Version int version, int recordKey) {

    public enum Source {
        SURVEY, EVENT, STAFF;

        public String labelKey() {
            return switch (this) {
                case SURVEY -> "themes.source.survey";
                case EVENT -> "themes.source.event";
                case STAFF -> "themes.source.staff";
            };
        }
    }

    public enum Status {
        NEW, CODED, NOT_RELEVANT;

        public String labelKey() {
            return switch (this) {
                case NEW -> "themes.status.new";
                case CODED -> "themes.status.coded";
                case NOT_RELEVANT -> "themes.status.not_relevant";
            };
        }
    }

    public enum Sentiment {
        POSITIVE, NEGATIVE, MIXED, NEUTRAL;

        public String labelKey() {
            return switch (this) {
                case POSITIVE -> "themes.sentiment.positive";
                case NEGATIVE -> "themes.sentiment.negative";
                case MIXED -> "themes.sentiment.mixed";
                case NEUTRAL -> "themes.sentiment.neutral";
            };
        }
    }
}
