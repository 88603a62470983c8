package chorus.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The log as it would be written, while a test runs: an appender with the pattern of the
 * configured console appender (so with its escaping), and Chorus's own loggers at INFO, as in
 * production (the tests' logback-test.xml keeps them at WARN).
 */
public final class LogCapture implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger root;
    private final Logger chorus;
    private final Level chorusLevel;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        chorus = context.getLogger("chorus");
        chorusLevel = chorus.getLevel();
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDOUT");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(((PatternLayoutEncoder) console.getEncoder()).getPattern());
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setContext(context);
        appender.setName("capture");
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        chorus.setLevel(Level.INFO);
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Lines as a log reader would split them: at CR, LF or CRLF. */
    public List<String> lines() {
        return text().lines().toList();
    }

    public void clear() {
        bytes.reset();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        chorus.setLevel(chorusLevel);
    }
}
