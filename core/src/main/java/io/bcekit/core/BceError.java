package io.bcekit.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a failure becomes before it gets a request id: the code, the message to send and any
 * headers the response must carry (e.g. {@code Allow} for a 405).
 *
 * @param errorCode the catalogue entry; its status is the response status
 * @param message the text sent as {@code message}: never blank
 * @param headers extra response headers
 */
public record BceError(ErrorCode errorCode, String message, Map<String, String> headers) {

    public BceError {
        ErrorCodeRules.requireValid(errorCode);
        if (message == null || message.isBlank()) {
            message = errorCode.defaultMessage();
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    /** The code with its default message and no extra headers. */
    public static BceError of(ErrorCode errorCode) {
        return new BceError(errorCode, errorCode.defaultMessage(), Map.of());
    }

    /** The code with {@code message}, or its default when that is null or blank. */
    public static BceError of(ErrorCode errorCode, String message) {
        return new BceError(errorCode, message, Map.of());
    }

    public int httpStatus() {
        return errorCode.httpStatus();
    }

    /** A copy that also sends header {@code name: value}. */
    public BceError withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new BceError(errorCode, message, more);
    }
}
