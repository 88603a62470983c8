package chorus.system;

import java.util.Optional;

/**
 * Says in plain words why Chorus did not start, where the cause is one an operator can fix: a
 * database migration that failed, or a setting that cannot work. Micronaut's own report, a long
 * stack trace, follows it.
 */
public final class StartupFailure {

    private StartupFailure() {
    }

    public static Optional<String> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // The settings records refuse a value with a message that starts with the setting's name.
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null && cause.getMessage().startsWith("chorus.")) {
                return Optional.of("Chorus did not start: a setting cannot work. " + cause.getMessage()
                        + "\nFix it (the README's \"Settings\" table lists every setting), then start Chorus again.");
            }
            if (cause.getClass().getName().startsWith("org.flywaydb.")) {
                return Optional.of("""
                        Chorus did not start: a database migration failed, so Chorus will not run on a \
                        database it does not understand. Nothing after the failed migration was applied.
                        What the database said: %s
                        Fix the cause, then start Chorus again. On MySQL, a migration that failed halfway \
                        is recorded as failed: undo what it did, run "flyway repair" on the database (or \
                        delete its failed row from flyway_schema_history), and start again.\
                        """.formatted(cause.getMessage()));
            }
        }
        return Optional.empty();
    }
}
