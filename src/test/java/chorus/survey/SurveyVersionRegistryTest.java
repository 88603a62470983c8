package chorus.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chorus.answer.Channel;
import chorus.answer.DraftStore;
import chorus.answer.ResponseStore;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A published version keeps its meaning: once anyone has answered it, its file may not change. */
@MicronautTest(transactional = false)
class SurveyVersionRegistryTest {

    @Inject
    SurveyVersionRegistry registry;

    @Inject
    DraftStore drafts;

    @Inject
    ResponseStore responses;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aVersionNobodyHasAnsweredMayChange() {
        String id = uniqueId();

        assertEquals(List.of(), register(survey(id, 1, "a".repeat(64))));
        assertEquals(List.of(), register(survey(id, 1, "b".repeat(64))));
        assertEquals(List.of(), register(survey(id, 1, "b".repeat(64))));
    }

    @Test
    void aVersionWithAnAnswerInProgressCannotChange() {
        String id = uniqueId();
        register(survey(id, 1, "a".repeat(64)));
        drafts.create(id, 1, "en", Channel.ONLINE, null);

        assertEquals(List.of(changed(id)), register(survey(id, 1, "b".repeat(64))));
        assertEquals(List.of(), register(survey(id, 1, "a".repeat(64))), "undoing the change is accepted");
    }

    @Test
    void aVersionWithASubmittedResponseCannotChangeButANewVersionMayBeAdded() {
        String id = uniqueId();
        register(survey(id, 1, "a".repeat(64)));
        transactions.executeWrite(status -> responses.insert(new ResponseStore.NewResponse(id, 1, "en", Channel.PAPER, null,
                LocalDate.now(), UUID.randomUUID().toString(), List.of(new ResponseStore.AnswerRow("q", "yes", null, null)))));

        assertEquals(List.of(changed(id)), register(survey(id, 1, "b".repeat(64))));
        assertEquals(List.of(), register(survey(id, 2, "b".repeat(64))));
    }

    private List<String> register(Survey survey) {
        List<String> problems = new ArrayList<>();
        registry.register(survey, problems);
        return problems;
    }

    private static Survey survey(String id, int version, String fingerprint) {
        return new Survey(id, version, "service-users", "A survey", null, List.of(), fingerprint, "surveys/" + id + ".yml", null);
    }

    private static String changed(String id) {
        return "surveys/" + id + ".yml: survey \"" + id + "\" version 1 already has answers, so it cannot change. Undo the"
                + " change, or copy the file to a new version number and change that.";
    }

    /** The test database is shared by the test classes of a run: each test works on its own survey. */
    private static String uniqueId() {
        return "registry-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
