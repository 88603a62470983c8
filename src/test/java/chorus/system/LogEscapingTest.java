package chorus.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whatever a visitor sends, one log event is one line (plus, for a failure, its stack trace):
 * the layout configured in logback.xml escapes CR, LF and other control characters in messages
 * and exception messages. An HTTP test of the same, through real requests, is LoggedRequestsTest.
 */
class LogEscapingTest {

    static final String FORGED = "12:00:00 INFO  c.a.SignInController - test-admin signed in";
    static final Pattern LOG_LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d (INFO |WARN |ERROR|DEBUG|TRACE) \\S+ - .*");
    static final Pattern TRACE_LINE = Pattern.compile("(\t|Caused by: |\\w+(\\.\\w+)*(Exception|Error)(: |$)).*");

    @Test
    void escapesControlCharactersAndLeavesOtherTextAlone() {
        assertEquals("a\\r\\nb\\tc\\u001b[31md\\u0085e\\u2028f\\u202eg\\u0000", EscapedMessageConverter.escape(
                "a\r\nb\tc\u001b[31md\u0085e\u2028f\u202eg\u0000"));
        String plain = "Refused POST /s/maternity-experience with 400: a language the survey is not offered in — اردو বাংলা";
        assertEquals(plain, EscapedMessageConverter.escape(plain));
    }

    @Test
    void theProductionLayoutWritesOneLinePerMessage() throws JoranException {
        for (String file : List.of("src/main/resources/logback.xml", "src/test/resources/logback-test.xml")) {
            String written = format(file, event("Refused GET /s/x\r\n" + FORGED + "\n" + FORGED, null));
            assertEquals(1, written.lines().count(), file + ":\n" + written);
            assertTrue(written.contains("/s/x\\r\\n" + FORGED + "\\n" + FORGED), written);
        }
    }

    @Test
    void theProductionLayoutEscapesExceptionMessagesButKeepsTheTrace() throws JoranException {
        IllegalStateException cause = new IllegalStateException("Illegal base64 character\n" + FORGED);
        RuntimeException thrown = new RuntimeException("Method [GET] not allowed for URI [/a\r\n" + FORGED + "]", cause);
        thrown.addSuppressed(new IllegalArgumentException("suppressed\r" + FORGED));
        for (String file : List.of("src/main/resources/logback.xml", "src/test/resources/logback-test.xml")) {
            String written = format(file, event("Failed to serve GET /a", thrown));
            List<String> lines = written.lines().toList();
            assertTrue(LOG_LINE.matcher(lines.get(0)).matches(), written);
            lines.subList(1, lines.size()).forEach(line ->
                    assertTrue(TRACE_LINE.matcher(line).matches(), "not a stack trace line: " + line + "\n" + written));
            assertTrue(lines.stream().noneMatch(l -> l.startsWith(FORGED) || l.strip().startsWith(FORGED)), written);
            assertTrue(written.contains("[/a\\r\\n" + FORGED + "]"), written);
            assertTrue(written.contains("Caused by: java.lang.IllegalStateException: Illegal base64 character\\n" + FORGED), written);
            assertTrue(written.contains("suppressed\\r" + FORGED), written);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("\tat chorus.system.LogEscapingTest.")), "the frames are kept");
        }
    }

    /** Every word for the message and the stack trace escapes, so a pattern changed later cannot forget to. */
    @Test
    void everyConversionWordForMessageAndExceptionEscapes() throws JoranException {
        LoggerContext context = configured("src/main/resources/logback.xml");
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%m|%msg|%message|%ex|%exception|%throwable");
        layout.start();
        String written = layout.doLayout(event("a\nb", new IllegalStateException("c\nd")));
        assertTrue(written.startsWith("a\\nb|a\\nb|a\\nb|java.lang.IllegalStateException: c\\nd"), written);
        assertFalse(written.contains("c\nd"), written);
    }

    private static LoggingEvent event(String message, Throwable thrown) {
        Logger logger = new LoggerContext().getLogger("chorus.web.ErrorPages");
        return new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, thrown, null);
    }

    private static LoggerContext configured(String file) throws JoranException {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(file);
        return context;
    }

    /** The event as the file's console appender would write it. */
    @SuppressWarnings("unchecked")
    private static String format(String file, LoggingEvent event) throws JoranException {
        LoggerContext context = configured(file);
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> console =
                (OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                        .getAppender("STDOUT");
        try {
            return new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
        } finally {
            context.stop();
        }
    }
}
