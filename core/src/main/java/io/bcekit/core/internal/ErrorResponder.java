package io.bcekit.core.internal;

import io.bcekit.core.BceError;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.ErrorListener;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one path from a failure to an {@link ErrorResponse}: translate, log, tell the listener, build. Thread-safe. */
public final class ErrorResponder {

    private static final Logger LOG = LoggerFactory.getLogger("io.bcekit.errors");

    private final BceErrorConfig config;
    private final String adapter;
    /** Whether a failing listener was reported at WARN: once, so a broken listener cannot flood the log. */
    private final AtomicBoolean listenerFailureReported = new AtomicBoolean();

    /** {@code adapter} names what answers, for the {@link ErrorListener}: {@code servlet}, {@code jaxrs}, … */
    public ErrorResponder(BceErrorConfig config, String adapter) {
        this.config = Objects.requireNonNull(config, "config");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
    }

    public BceErrorConfig config() {
        return config;
    }

    /** The response to a thrown failure. */
    public ErrorResponse forFailure(RequestSummary request, Throwable failure) {
        return answer(request, config.translator().translate(failure), failure);
    }

    /** The response to an error status produced without an exception ({@code sendError(404)}, …). */
    public ErrorResponse forStatus(RequestSummary request, int status) {
        return answer(request, config.translator().translateStatus(status), null);
    }

    /**
     * The response to an error translated earlier, where translating and answering happen in
     * different places (a JAX-RS exception mapper, then a response filter). {@code cause} may be null.
     */
    public ErrorResponse answer(RequestSummary request, BceError error, Throwable cause) {
        config.failureLog().answered(request.requestId(), request.logLine(), error, cause);
        tellListener(error);
        return ErrorResponse.of(request, error);
    }

    /** Reports a failure that came after the response was committed: no answer can be sent. */
    public void abortedAfterCommit(RequestSummary request, Throwable failure) {
        config.failureLog().abortedAfterCommit(request.requestId(), request.logLine(), failure);
    }

    private void tellListener(BceError error) {
        ErrorListener listener = config.errorListener();
        try {
            listener.answered(error.errorCode().code(), error.httpStatus(), adapter);
        } catch (Exception e) { // Exception, not RuntimeException: a listener may throw a checked one sneakily
            // One line without the trace: the same failure would otherwise repeat on every error.
            if (listenerFailureReported.compareAndSet(false, true)) {
                LOG.warn("Error listener {} failed ({}); answers are unaffected, later failures of it are logged"
                        + " at DEBUG", listener.getClass().getName(), e.toString());
            } else {
                LOG.debug("Error listener {} failed ({})", listener.getClass().getName(), e.toString());
            }
        }
    }
}
