package chorus.dataentry;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** What a paper response's form showed instead of an answer to one question (see {@link AnswerMark}). */
@MappedEntity("answer_mark")
record AnswerMarkRow(@EmbeddedId Key key, AnswerMark mark) {

    @Embeddable
    record Key(@MappedProperty("response_id") long responseId, @MappedProperty("question_id") String questionId) {
    }
}
