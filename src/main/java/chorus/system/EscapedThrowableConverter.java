package chorus.system;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * A stack trace whose exception messages are escaped as {@link EscapedMessageConverter} escapes
 * the log message. Messages are where request values end up ("Illegal base64 character",
 * "not allowed for URI [...]"); the trace's own line breaks and frames stay as they are.
 */
public class EscapedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(new Escaped(throwable));
    }

    private record Escaped(IThrowableProxy original) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return EscapedMessageConverter.escape(original.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return EscapedMessageConverter.escape(original.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return original.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return original.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return original.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return original.getCause() == null ? null : new Escaped(original.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = original.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                escaped[i] = new Escaped(suppressed[i]);
            }
            return escaped;
        }

        @Override
        public boolean isCyclic() {
            return original.isCyclic();
        }
    }
}
