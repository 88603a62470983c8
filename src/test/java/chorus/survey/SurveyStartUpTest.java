package chorus.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad survey file stops Chorus before it serves anyone, with a message an admin can act on. */
class SurveyStartUpTest {

    @TempDir
    Path home;

    @Test
    void startingWithABadSurveyFailsNamingTheFileAndLine() throws IOException {
        Path file = home.resolve("surveys/bad/v1.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                id: bad
                version: 1
                audience: service-users
                title: A bad survey
                pages:
                  - id: one
                    title: One
                    questions:
                      - id: q
                        type: dropdown
                        label: Pick one
                """);

        Throwable thrown = assertThrows(Throwable.class, () -> ApplicationContext.run(Map.of(
                "chorus.home", home.toString(),
                "chorus.surveys-dir", "surveys",
                "chorus.translations-dir", Path.of("translations").toAbsolutePath().toString()), "test").close());

        String problem = "surveys/bad/v1.yml, line 10: question \"q\" has unknown type \"dropdown\"; use one of: "
                + QuestionType.fileNames();
        SurveyDefinitionException cause = assertInstanceOf(SurveyDefinitionException.class, rootCause(thrown));
        assertEquals(List.of(problem), cause.problems());
        assertEquals("Chorus cannot start because of problems in its survey or translation files:\n  - " + problem,
                cause.getMessage());
        // What the log shows first, before any stack trace, already says what to fix.
        assertTrue(thrown.getMessage().contains(problem), thrown.getMessage());
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
