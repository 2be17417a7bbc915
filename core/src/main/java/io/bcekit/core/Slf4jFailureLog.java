package io.bcekit.core;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link FailureLog}, on logger {@code io.bcekit.errors}. */
public final class Slf4jFailureLog implements FailureLog {

    /** Line breaks and other controls, kept out of the one-line 4xx entry (Jackson's messages span lines). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]");

    private final Logger log;

    public Slf4jFailureLog() {
        this(LoggerFactory.getLogger("io.bcekit.errors"));
    }

    public Slf4jFailureLog(Logger log) {
        this.log = java.util.Objects.requireNonNull(log, "log");
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

    private static String oneLine(String text) {
        return CONTROL.matcher(text).replaceAll(" ");
    }
}
