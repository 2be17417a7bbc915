package io.bcekit.core;

import java.util.Map;

/**
 * A failure ready for the wire: status, headers to add (besides {@code x-bce-request-id},
 * {@code Content-Type} and {@code Content-Length}, which every adapter sets) and the JSON body.
 *
 * @param envelope the body as a value
 * @param body the body's exact bytes
 */
public record ErrorResponse(int status, Map<String, String> headers, ErrorEnvelope envelope, byte[] body) {

    /** The content type of every error body. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /** Renders {@code error} for request {@code requestId}. */
    public static ErrorResponse of(String requestId, BceError error) {
        ErrorEnvelope envelope = ErrorEnvelope.of(requestId, error);
        return new ErrorResponse(error.httpStatus(), error.headers(), envelope, envelope.toJson());
    }
}
