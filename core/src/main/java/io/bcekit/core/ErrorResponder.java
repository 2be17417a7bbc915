package io.bcekit.core;

import java.util.Objects;

/**
 * The path every adapter takes on failure: translate, log, render. Thread-safe.
 */
public final class ErrorResponder {

    private final BceErrorConfig config;

    public ErrorResponder(BceErrorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public BceErrorConfig config() {
        return config;
    }

    /** The response for a thrown failure. {@code request} is {@code METHOD target}, for the log. */
    public ErrorResponse forFailure(String requestId, String request, Throwable failure) {
        return answer(requestId, request, config.translator().translate(failure), failure);
    }

    /** The response for an error status produced without an exception. */
    public ErrorResponse forStatus(String requestId, String request, int status) {
        return answer(requestId, request, config.translator().translateStatus(status), null);
    }

    /**
     * Logs and renders an error translated earlier, where translation and the request id live in
     * different places (a JAX-RS exception mapper and a response filter). {@code cause} may be null.
     */
    public ErrorResponse answer(String requestId, String request, BceError error, Throwable cause) {
        config.failureLog().answered(requestId, request, error, cause);
        return ErrorResponse.of(requestId, error);
    }

    /** Reports a failure that came after the response was committed. */
    public void abortedAfterCommit(String requestId, String request, Throwable failure) {
        config.failureLog().abortedAfterCommit(requestId, request, failure);
    }
}
