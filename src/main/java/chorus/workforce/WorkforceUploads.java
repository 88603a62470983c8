package chorus.workforce;

import java.util.Map;
import chorus.web.DateField;
import chorus.web.FormErrors;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Checks an upload (its snapshot name, date and file) and stores it only when all of it is good. */
@Singleton
class WorkforceUploads {

    static final int NAME_MAX = 100;

    /** A stored snapshot's id, or why nothing was stored. */
    record Outcome(Long snapshotId, FormErrors errors, List<RowError> rowErrors, boolean moreErrors) {
    }

    private final WorkforceStore store;

    WorkforceUploads(WorkforceStore store) {
        this.store = store;
    }

    Outcome upload(String name, String takenOn, CompletedFileUpload file) {
        FormErrors errors = FormErrors.none();
        String snapshot = name == null ? "" : name.strip();
        if (snapshot.isEmpty()) {
            errors.add("name", "workforce.error.name");
        } else if (snapshot.length() > NAME_MAX) {
            errors.add("name", "workforce.error.name_long");
        }
        LocalDate date = DateField.required(takenOn, "takenOn", "workforce.error.date", errors);
        String text = file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0
                ? null : text(file);
        List<RowError> rowErrors = List.of();
        boolean moreErrors = false;
        List<CountRow> rows = List.of();
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            errors.add("file", "workforce.error.file");
        } else if (text == null) {
            errors.add("file", "workforce.error.encoding");
        } else {
            WorkforceFile.Result result = WorkforceFile.read(text, store.organisationIds());
            rowErrors = result.errors();
            moreErrors = result.moreErrors();
            rows = result.rows();
            if (!rowErrors.isEmpty()) {
                errors.add("file", "workforce.error.rows", java.util.Map.of("n", rowErrors.size()));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, rowErrors, moreErrors);
        }
        return new Outcome(store.replace(snapshot, date, rows), errors, List.of(), false);
    }

    /** The file as UTF-8 (which plain ASCII files are too); null when it is not text in UTF-8, or empty. */
    private static String text(CompletedFileUpload file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
