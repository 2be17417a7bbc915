package io.bcekit.core.config;

import io.bcekit.core.BceError;
import io.bcekit.core.ClientFaults;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link FailureLog}, on logger {@code io.bcekit.errors}: 5xx the service produced at
 * ERROR with the stack trace; 4xx, a bare 501 or 505 (an unknown method, an unsupported HTTP
 * version) and a client's I/O fault after commit at DEBUG in one line, without a trace: no client
 * can make it log at ERROR. Every line starts with {@code requestId=<id>};
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
        if (status >= 500 && !causedByTheRequestItself(status, cause)) {
            log.error("requestId={} {} -> {} {}", requestId, request, status, code, cause);
        } else if (log.isDebugEnabled()) {
            log.debug("requestId={} {} -> {} {}: {}{}", requestId, request, status, code, oneLine(error.message()),
                    cause == null ? "" : " (" + oneLine(cause.toString()) + ")");
        }
    }

    /**
     * A 501 or 505 produced without an exception is what a server answers an unknown method or an
     * unsupported HTTP version with: the request's doing, which any client can repeat at will.
     */
    private static boolean causedByTheRequestItself(int status, Throwable cause) {
        return cause == null && (status == 501 || status == 505);
    }

    /** At ERROR with the trace, unless the client caused it (went away, or its body never fully arrived). */
    @Override
    public void abortedAfterCommit(String requestId, String request, Throwable cause) {
        Throwable clientFault = ClientFaults.find(cause);
        if (clientFault != null) {
            if (log.isDebugEnabled()) {
                log.debug("requestId={} {} ended after the response was committed: {} ({})", requestId, request,
                        clientFault.getMessage(), oneLine(String.valueOf(clientFault.getCause())));
            }
            return;
        }
        log.error("requestId={} {} failed after the response was committed; aborting the connection",
                requestId, request, cause);
    }

    /** {@code text} on one line (controls, line and paragraph separators as spaces), cut to {@link #MAX_DETAIL}. */
    static String oneLine(String text) {
        int end = Math.min(text.length(), MAX_DETAIL);
        // Mutation testing: the capacity is only a hint, and "c <= 0x20" would replace a space with a
        // space; both mutants are equivalent.
        StringBuilder line = new StringBuilder(end + 3);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            line.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return text.length() > MAX_DETAIL ? line.append("...").toString() : line.toString();
    }
}
