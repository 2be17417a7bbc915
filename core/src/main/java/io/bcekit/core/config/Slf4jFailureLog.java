package io.bcekit.core.config;

import io.bcekit.core.BceError;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link FailureLog}, on logger {@code io.bcekit.errors}: 5xx at ERROR with the stack
 * trace; 4xx at DEBUG in one line, without a trace. Every line starts with {@code requestId=<id>};
 * text a client can influence (a message naming a field, an exception's description) is kept to
 * one line of bounded length.
 */
public final class Slf4jFailureLog implements FailureLog {

    /** The longest message or exception description put in a 4xx line. */
    static final int MAX_DETAIL = 512;

    private final Logger log;

    public Slf4jFailureLog() {
        this(LoggerFactory.getLogger("io.bcekit.errors"));
    }

    public Slf4jFailureLog(Logger log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public void answered(String requestId, String request, BceError error, Throwable cause) {
        int status = error.httpStatus();
        String code = error.errorCode().code();
        if (status >= 500) {
            log.error("requestId={} {} -> {} {}", requestId, request, status, code, cause);
        } else if (log.isDebugEnabled()) {
            log.debug("requestId={} {} -> {} {}: {}{}", requestId, request, status, code, oneLine(error.message()),
                    cause == null ? "" : " (" + oneLine(cause.toString()) + ")");
        }
    }

    @Override
    public void abortedAfterCommit(String requestId, String request, Throwable cause) {
        log.error("requestId={} {} failed after the response was committed; aborting the connection",
                requestId, request, cause);
    }

    /** {@code text} on one line (controls, line and paragraph separators as spaces), cut to {@link #MAX_DETAIL}. */
    static String oneLine(String text) {
        int end = Math.min(text.length(), MAX_DETAIL);
        StringBuilder line = new StringBuilder(end + 3);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            line.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return text.length() > MAX_DETAIL ? line.append("...").toString() : line.toString();
    }
}
