package io.bcekit.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link FailureLog}, on logger {@code io.bcekit.errors}. */
public final class Slf4jFailureLog implements FailureLog {

    private final Logger log;

    public Slf4jFailureLog() {
        this(LoggerFactory.getLogger("io.bcekit.errors"));
    }

    public Slf4jFailureLog(Logger log) {
        this.log = log;
    }

    @Override
    public void answered(String requestId, String request, BceError error, Throwable cause) {
        int status = error.httpStatus();
        String code = error.errorCode().code();
        if (status >= 500) {
            log.error("requestId={} {} -> {} {}", requestId, request, status, code, cause);
        } else if (log.isDebugEnabled()) {
            log.debug("requestId={} {} -> {} {}: {}{}", requestId, request, status, code, error.message(),
                    cause == null ? "" : " (" + cause + ")");
        }
    }

    @Override
    public void abortedAfterCommit(String requestId, String request, Throwable cause) {
        log.error("requestId={} {} failed after the response was committed; aborting the connection",
                requestId, request, cause);
    }
}
