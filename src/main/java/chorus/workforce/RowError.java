package chorus.workforce;

import java.util.Map;

/** A problem in an uploaded file, as an interface-text key whose values name the row and column. */
record RowError(String key, Map<String, ?> values) {
}
