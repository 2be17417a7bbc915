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
        BceError error = config.translator().translate(failure);
        config.failureLog().answered(requestId, request, error, failure);
        return ErrorResponse.of(requestId, error);
    }

    /** The response for an error status produced without an exception. */
    public ErrorResponse forStatus(String requestId, String request, int status) {
        BceError error = config.translator().translateStatus(status);
        config.failureLog().answered(requestId, request, error, null);
        return ErrorResponse.of(requestId, error);
    }

    /** Reports a failure that came after the response was committed. */
    public void abortedAfterCommit(String requestId, String request, Throwable failure) {
        config.failureLog().abortedAfterCommit(requestId, request, failure);
    }
}
