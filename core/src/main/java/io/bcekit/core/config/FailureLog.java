package io.bcekit.core.config;

import io.bcekit.core.BceError;

/**
 * Where translated failures are reported. The default, {@link Slf4jFailureLog}, follows the
 * logging policy: 5xx at ERROR with the stack trace, 4xx at DEBUG in one line, every line with
 * the request id.
 */
public interface FailureLog {

    /**
     * One failure answered with {@code error}.
     *
     * @param request {@code METHOD target} of the request, for the log line
     * @param cause the throwable, or null when a status was produced without one
     */
    void answered(String requestId, String request, BceError error, Throwable cause);

    /** A failure after the response was committed: no envelope could be sent, the connection is aborted. */
    void abortedAfterCommit(String requestId, String request, Throwable cause);
}
