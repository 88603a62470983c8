package chorus.theme;

import java.util.List;
import java.util.Map;

/**
 * One theme of the codebook as the file gives it, flattened: {@code parent} is the code of the
 * theme it sits under, null at the top. {@code sources} are among {@link CodebookFile#SOURCES};
 * {@code keywords} are by language tag, in file order, and hold only the languages the file gives.
 */
public record CodebookTheme(String code, String parent, String name, String description, List<String> sources,
                            Map<String, List<String>> keywords) {
}
