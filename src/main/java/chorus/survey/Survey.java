package chorus.survey;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A published, immutable survey version as read from its file in {@code surveys/}. */
public record Survey(
        String id,
        int version,
        String audience,
        String title,
        String introduction,
        List<Page> pages,
        String fingerprint,
        String file) {

    public Stream<Question> questions() {
        return pages.stream().flatMap(p -> p.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
