package chorus;

import chorus.i18n.TranslationCoverage;
import chorus.i18n.XliffCommand;
import java.util.Arrays;
import chorus.system.StartupFailure;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;

public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("translations")) {
            // Translators run this on their own machine: it reads the files only, before Micronaut
            // starts, so it needs no database and opens no port.
            System.exit(TranslationCoverage.command(System.out));
        }
        if (args.length > 0 && args[0].equals("xliff")) {
            System.exit(XliffCommand.run(Arrays.asList(args).subList(1, args.length), System.out));
        }
        new Starter().mainClass(Application.class).args(args).start();
    }

    /** Micronaut's start, with a plain account of a failure an operator can fix before its stack trace. */
    private static final class Starter extends Micronaut {

        @Override
        protected void handleStartupException(Environment environment, Throwable failure) {
            StartupFailure.explain(failure).ifPresent(System.err::println);
            super.handleStartupException(environment, failure);
        }
    }
}
