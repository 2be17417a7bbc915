package io.bcekit.core.catalogue;

import io.bcekit.core.ErrorCode;

/**
 * bcekit's extension codes for {@code clientToken} idempotency (not part of the BCE seed): the
 * answers BCE's contract leaves to the service when a retry cannot be given the first result.
 */
public enum IdempotencyErrors implements ErrorCode {
    REQUEST_IN_PROGRESS("IdempotentRequestInProgress", 409,
            "A request with the same client token is still in progress. Retry it later."),
    RESPONSE_NOT_STORED("IdempotentResponseNotStored", 409,
            "A request with the same client token completed, but its response was too large to keep.");

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    IdempotencyErrors(String code, int httpStatus, String defaultMessage) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String defaultMessage() {
        return defaultMessage;
    }
}
