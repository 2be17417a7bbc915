package io.bcekit.core;

import io.bcekit.core.catalogue.GlobalErrors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The exception handlers throw to answer with a catalogue error.
 *
 * <p>A 4xx instance is control flow and captures no stack trace, so throwing it is cheap; a 5xx
 * instance keeps its trace for the log. A 5xx response body always carries the catalogue's
 * default text: a message given here is logged, never sent.
 */
public class BceException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String DATA_PLACEHOLDER = "<Data>";
    private static final DateTimeFormatter BCE_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final transient ErrorCode errorCode;

    /** Answers with the code's default message. */
    public BceException(ErrorCode errorCode) {
        this(errorCode, null, null);
    }

    /** Answers with {@code message} instead of the default (a null or blank one keeps the default). */
    public BceException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    /** Answers with the code's default message; {@code cause} is kept for the log. */
    public BceException(ErrorCode errorCode, Throwable cause) {
        this(errorCode, null, cause);
    }

    public BceException(ErrorCode errorCode, String message, Throwable cause) {
        super(messageOrDefault(ErrorCodeRules.requireValid(errorCode), message), cause,
                errorCode.httpStatus() >= 500, errorCode.httpStatus() >= 500);
        this.errorCode = errorCode;
    }

    /**
     * {@code RequestExpired} with the request's timestamp in the message's {@code <Data>} place,
     * written like a bce-auth-v1 timestamp ({@code 2024-05-20T08:30:00Z}).
     */
    public static BceException requestExpired(Instant timestamp) {
        Objects.requireNonNull(timestamp, "timestamp");
        String when = BCE_TIMESTAMP.format(timestamp.truncatedTo(ChronoUnit.SECONDS));
        return new BceException(GlobalErrors.REQUEST_EXPIRED,
                GlobalErrors.REQUEST_EXPIRED.defaultMessage().replace(DATA_PLACEHOLDER, when));
    }

    public ErrorCode getErrorCode() {
        return errorCode;
    }

    public int getHttpStatus() {
        return errorCode.httpStatus();
    }

    private static String messageOrDefault(ErrorCode errorCode, String message) {
        return message == null || message.isBlank() ? errorCode.defaultMessage() : message;
    }
}
