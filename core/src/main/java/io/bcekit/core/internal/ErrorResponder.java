package io.bcekit.core.internal;

import io.bcekit.core.BceError;
import io.bcekit.core.config.BceErrorConfig;
import java.util.Objects;

/** The one path from a failure to an {@link ErrorResponse}: translate, log, build. Thread-safe. */
public final class ErrorResponder {

    private final BceErrorConfig config;

    public ErrorResponder(BceErrorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
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
        return ErrorResponse.of(request, error);
    }

    /** Reports a failure that came after the response was committed: no answer can be sent. */
    public void abortedAfterCommit(RequestSummary request, Throwable failure) {
        config.failureLog().abortedAfterCommit(request.requestId(), request.logLine(), failure);
    }
}
