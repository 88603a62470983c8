package chorus.disclosure;

import java.util.List;

/** Category counts and their total as they may be published, in the order they were given. */
public record ProtectedBreakdown(List<Cell> categories, Cell total) {
}
