package chorus.representation;

import java.util.List;

/**
 * One table of the report as it may be published: every count has passed disclosure control and
 * every text is in the reader's language. The page and the CSV download show exactly this.
 */
public record PublishedTable(String id, String caption, List<String> headings, List<List<String>> rows, String csv) {
}
