package io.bcekit.core;

import java.util.Objects;

/**
 * The BCE error body: {@code {"requestId":"…","code":"…","message":"…"}}.
 *
 * <p>{@link #toJson()} is the exact wire form: UTF-8, fields in this order, escaped as Jackson's
 * generator escapes them.
 */
public record ErrorEnvelope(String requestId, String code, String message) {

    public ErrorEnvelope {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (message.isEmpty()) {
            // The official SDK drops the code of an error whose message is missing or empty.
            throw new IllegalArgumentException("An error envelope needs a message");
        }
    }

    /** The envelope for {@code error} under {@code requestId}. */
    public static ErrorEnvelope of(String requestId, BceError error) {
        return new ErrorEnvelope(requestId, error.errorCode().code(), error.message());
    }

    /** The wire form: compact JSON in UTF-8. */
    public byte[] toJson() {
        return EnvelopeJsonWriter.write(requestId, code, message);
    }
}
