package chorus.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook file: the shipped one reads cleanly, and every mistake is reported with its line. */
class CodebookFileTest {

    private static final Set<String> LANGUAGES = Set.of("en", "pl", "ro", "ur", "ar", "bn");

    @TempDir
    Path folder;

    @Test
    void theShippedCodebookReadsWithEveryThemeUnderItsParent() {
        List<String> problems = new ArrayList<>();
        List<CodebookTheme> themes = CodebookFile.read(Path.of("surveys/codebook.yml"), LANGUAGES, problems);
        assertEquals(List.of(), problems);
        assertTrue(themes.size() >= 10, "a codebook to start from, not a stub");
        List<String> seen = new ArrayList<>();
        for (CodebookTheme theme : themes) {
            assertTrue(theme.parent() == null || seen.contains(theme.parent()), theme.code() + " comes after its parent");
            assertTrue(theme.keywords().containsKey("en"), theme.code() + " has English keywords");
            seen.add(theme.code());
        }
        CodebookTheme interpreting = themes.stream().filter(t -> t.code().equals("interpreting")).findFirst().orElseThrow();
        assertEquals("communication", interpreting.parent());
        assertEquals(List.of("مترجم", "لغة"), interpreting.keywords().get("ar"));
        assertEquals(List.of("equity", "cqc"), interpreting.sources());
    }

    @Test
    void aGoodFileGivesItsThemesInOrderWithValuesAsWritten() throws IOException {
        List<String> problems = new ArrayList<>();
        List<CodebookTheme> themes = read("""
                themes:
                  - code: care
                    name: Care
                    description: How care felt.
                    keywords:
                      en: [kind, "no"]
                    themes:
                      - code: care-night
                        name: Care at night
                        description: Care on the ward at night.
                """, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("care", "care-night"), themes.stream().map(CodebookTheme::code).toList());
        assertEquals("care", themes.get(1).parent());
        assertEquals(Map.of("en", List.of("kind", "no")), themes.get(0).keywords(), "a keyword such as no stays text");
    }

    @Test
    void everyMistakeIsReportedWithItsLine() throws IOException {
        List<String> problems = new ArrayList<>();
        List<CodebookTheme> themes = read("""
                themes:
                  - code: Care Team
                    name: Care
                    description: How care felt.
                  - code: access
                    description: Getting care.
                    source: [cqc, magazine]
                    keywords:
                      xx: [word]
                      en: [wait, wait]
                  - code: access
                    name: Access again
                    description: A second theme with the same code.
                    colour: red
                """, problems);
        assertEquals(List.of(), themes, "nothing is seeded from a file with problems");
        String all = String.join("\n", problems);
        assertTrue(all.contains("codebook.yml, line 2:"), "the bad code's line: " + all);
        assertTrue(all.contains("\"code\""), all);
        assertTrue(all.contains("needs \"name\""), all);
        assertTrue(all.contains("magazine"), all);
        assertTrue(all.contains("\"xx\""), all);
        assertTrue(all.contains("\"wait\" twice"), all);
        assertTrue(all.contains("already used on line 5"), all);
        assertTrue(all.contains("colour"), all);
    }

    @Test
    void aFourthLevelAndAMissingFileAreRefused() throws IOException {
        List<String> problems = new ArrayList<>();
        read("""
                themes:
                  - code: a
                    name: A
                    description: One.
                    themes:
                      - code: b
                        name: B
                        description: Two.
                        themes:
                          - code: c
                            name: C
                            description: Three.
                            themes:
                              - code: d
                                name: D
                                description: Four.
                """, problems);
        assertTrue(String.join("\n", problems).contains("third level"), problems.toString());
        List<String> missing = new ArrayList<>();
        assertEquals(List.of(), CodebookFile.read(folder.resolve("none.yml"), LANGUAGES, missing));
        assertTrue(missing.get(0).contains("does not exist"));
    }

    private List<CodebookTheme> read(String yaml, List<String> problems) throws IOException {
        Path file = folder.resolve("codebook.yml");
        Files.writeString(file, yaml);
        return CodebookFile.read(file, LANGUAGES, problems);
    }
}
