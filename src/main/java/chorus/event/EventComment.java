package chorus.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A comment heard at an event; {@code responseId} links it to the speaker's about-you response. */
@MappedEntity("event_comment")
record EventComment(@Id @GeneratedValue @Nullable Long id, long eventId, String language, String commentText,
                    @Nullable Long responseId) {
}
