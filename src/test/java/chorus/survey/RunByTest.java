package chorus.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who runs a survey (run-by.yml): read, checked with the line to fix, and open until its closing day. */
class RunByTest {

    @TempDir
    Path folder;

    @Test
    void theShippedFilesAreReadWithTheirHelp() {
        for (String survey : List.of("maternity-experience", "about-you")) {
            List<String> problems = new ArrayList<>();
            RunBy runBy = RunBy.read(Path.of("surveys", survey), "surveys/" + survey + "/run-by.yml", problems);
            assertEquals(List.of(), problems);
            assertNotNull(runBy.privacy());
            assertEquals(List.of("now", "nhs111", "samaritans", "pals"), runBy.help().stream().map(RunBy.Help::id).toList());
            assertEquals("999", runBy.help().get(0).phone());
            assertTrue(runBy.sourceTexts().containsKey("help.pals.text"));
        }
    }

    @Test
    void theClosingDayItselfIsStillOpen() {
        RunBy runBy = parse("""
                organisation: North LMNS
                privacy: https://example.org/privacy
                closes: 2027-03-31
                """, new ArrayList<>());
        assertTrue(runBy.open(LocalDate.of(2027, 3, 31)));
        assertFalse(runBy.open(LocalDate.of(2027, 4, 1)));
        assertTrue(parse("organisation: A\nprivacy: https://example.org/p\n", new ArrayList<>()).open(LocalDate.of(2099, 1, 1)),
                "without a closing date a survey stays open");
    }

    @Test
    void mistakesAreNamedWithTheirLine() {
        List<String> problems = new ArrayList<>();
        assertNull(parse("""
                organisation: North LMNS
                email: not an address
                phone: call us
                privacy: http://example.org/privacy
                closes: next spring
                colour: blue
                help:
                  - id: now
                    title: Help now
                    text: Call 999
                  - id: now
                    title: Again
                    text: Twice
                  - title: No id
                    text: Missing
                """, problems));
        String all = String.join("\n", problems);
        assertTrue(all.contains("line 2: \"email\" must be an e-mail address"), all);
        assertTrue(all.contains("line 3: \"phone\" must be a phone number"), all);
        assertTrue(all.contains("line 4: \"privacy\" must be a web address starting https://"), all);
        assertTrue(all.contains("line 5: \"closes\" must be a date"), all);
        assertTrue(all.contains("line 6: unknown field \"colour\""), all);
        assertTrue(all.contains("the help id \"now\" is used twice"), all);
        assertTrue(all.contains("needs an \"id\""), all);

        List<String> missing = new ArrayList<>();
        assertNull(parse("email: a@example.org\n", missing));
        assertTrue(String.join("\n", missing).contains("give \"organisation\""), missing.toString());
        assertTrue(String.join("\n", missing).contains("give \"privacy\""), missing.toString());
    }

    @Test
    void aLogoMustBeASmallPlainDrawing() throws IOException {
        Files.writeString(folder.resolve("logo.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>");
        Files.writeString(folder.resolve("bad.svg"), "<svg><script>alert(1)</script></svg>");
        Files.writeString(folder.resolve("big.svg"), "<svg>" + "<rect/>".repeat(2000) + "</svg>");
        String base = "organisation: North LMNS\nprivacy: https://example.org/privacy\nlogo: ";
        RunBy runBy = parse(base + "logo.svg\n", new ArrayList<>());
        assertTrue(runBy.logo().startsWith("<svg"), "the prologue is dropped, so the drawing can be inlined");
        for (String[] bad : new String[][] {{"bad.svg", "no script"}, {"big.svg", "larger than 8 KB"},
                {"gone.svg", "does not exist"}, {"../logo.svg", "must name an .svg file"}}) {
            List<String> problems = new ArrayList<>();
            assertNull(parse(base + bad[0] + "\n", problems), bad[0]);
            assertTrue(String.join("\n", problems).contains(bad[1]), bad[0] + ": " + problems);
        }
    }

    private RunBy parse(String text, List<String> problems) {
        return RunBy.parse(text, "surveys/x/run-by.yml", folder, problems);
    }
}
