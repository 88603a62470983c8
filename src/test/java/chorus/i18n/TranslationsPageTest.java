package chorus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chorus.account.AccountService;
import chorus.system.Role;
import chorus.support.StaffSession;
import chorus.support.WebClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * /admin/translations over HTTP: administrators only, coverage per text and language, the XLIFF
 * download and the multipart upload with its CSRF token. Uploads here change nothing on disk (an
 * unchanged export, or a refused file), because the server reads the project's own translations.
 */
@MicronautTest(transactional = false)
class TranslationsPageTest {

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;

    @Test
    void administratorsSeeEachTextPerLanguageAndCanDownloadItAsXliff() {
        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply page = admin.get("/admin/translations");

        assertEquals(200, page.status(), page.body());
        Document html = page.html();
        // The interface and every survey, per language that has it: at least the sample survey in six languages.
        assertTrue(html.select("tbody tr").size() >= 12, html.select("tbody tr").text());
        assertEquals("0", html.select("tbody tr").get(0).select("td").get(3).text(), "nothing shipped is stale");
        WebClient.Reply xliff = admin.get("/admin/translations/export?text=maternity-experience&lang=ur");
        assertEquals(200, xliff.status());
        assertTrue(xliff.header("Content-Type").startsWith("application/x-xliff+xml"), xliff.header("Content-Type"));
        assertEquals("attachment; filename=\"chorus-maternity-experience-ur.xlf\"", xliff.header("Content-Disposition"));
        assertTrue(xliff.body().contains("target-language=\"ur\""), xliff.body());
        assertEquals(404, admin.get("/admin/translations/export?text=no-such-survey&lang=ur").status());
        assertTrue(admin.get("/admin").html().select("a[href=/admin/translations]").size() == 1, "linked from the staff home");
    }

    @Test
    void uploadingAnUnchangedExportImportsNothingAndChangesNoFile() throws IOException {
        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply page = admin.get("/admin/translations");
        byte[] xliff = admin.get("/admin/translations/export?text=interface&lang=pl").body().getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> before = snapshot();

        WebClient.Reply reply = admin.postMultipart("/admin/translations/import", "file", "chorus-interface-pl.xlf", xliff,
                "csrfToken", StaffSession.csrfToken(page), "text", "interface", "lang", "pl");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("Imported: 0 texts changed and 0 confirmed as current.", reply.html().select(".notice").text());
        assertUnchanged(before);
    }

    @Test
    void aRefusedUploadListsEveryProblemByIdKeepsTheChoicesAndWritesNothing() throws IOException {
        WebClient admin = StaffSession.admin(server.getURI());
        WebClient.Reply page = admin.get("/admin/translations");
        String xliff = admin.get("/admin/translations/export?text=maternity-experience&lang=bn").body()
                .replace("<trans-unit id=\"questions.consent.label\">", "<trans-unit id=\"questions.gone.label\">");
        Map<String, byte[]> before = snapshot();

        WebClient.Reply reply = admin.postMultipart("/admin/translations/import", "file", "bn.xlf", xliff.getBytes(StandardCharsets.UTF_8),
                "csrfToken", StaffSession.csrfToken(page), "text", "maternity-experience", "lang", "bn");

        assertEquals(422, reply.status(), reply.body());
        Document html = reply.html();
        assertTrue(html.title().startsWith("Error: "), html.title());
        assertEquals("questions.gone.label: there is no text with this id in the English", html.select(".error-summary-list a").text());
        assertEquals("#file", html.select(".error-summary-list a").attr("href"));
        assertEquals("maternity-experience", html.select("#text option[selected]").val());
        assertEquals("bn", html.select("#lang option[selected]").val());
        assertUnchanged(before);

        WebClient.Reply noFile = admin.postMultipart("/admin/translations/import", "file", "", new byte[0],
                "csrfToken", StaffSession.csrfToken(page), "text", "interface", "lang", "en");
        assertEquals(422, noFile.status());
        assertEquals(2, noFile.html().select(".error-summary-list a").size(), noFile.body());
    }

    @Test
    void onlyAdministratorsWithTheFormsTokenMayUseIt() throws IOException {
        String name = "translations-analyst-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "analyst password 1", Role.ANALYST);
        WebClient analyst = StaffSession.signIn(server.getURI(), name, "analyst password 1");
        assertEquals(403, analyst.get("/admin/translations").status());
        assertEquals(403, analyst.get("/admin/translations/export?text=interface&lang=pl").status());
        assertEquals(303, new WebClient(server.getURI()).get("/admin/translations").status(), "signed out: to the sign-in page");

        WebClient admin = StaffSession.admin(server.getURI());
        byte[] xliff = admin.get("/admin/translations/export?text=interface&lang=pl").body().getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> before = snapshot();
        assertEquals(403, admin.postMultipart("/admin/translations/import", "file", "pl.xlf", xliff,
                "text", "interface", "lang", "pl").status(), "no token");
        assertEquals(403, admin.postMultipart("/admin/translations/import", "file", "pl.xlf", xliff,
                "csrfToken", "forged", "text", "interface", "lang", "pl").status(), "wrong token");
        assertEquals(403, analyst.postMultipart("/admin/translations/import", "file", "pl.xlf", xliff,
                "csrfToken", "any", "text", "interface", "lang", "pl").status(), "not an administrator");
        assertUnchanged(before);
    }

    private static Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(Path.of("translations"))) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(file.toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertUnchanged(Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(file)), file + " changed"));
    }
}
