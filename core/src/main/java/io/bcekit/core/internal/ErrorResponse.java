package io.bcekit.core.internal;

import io.bcekit.core.BceError;
import io.bcekit.core.ErrorEnvelope;
import io.bcekit.core.requestid.RequestIds;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A complete error response, built in one place ({@link ErrorResponder}) and copied as it is onto
 * the container's response by each adapter, which decides nothing itself:
 * <ul>
 *   <li>{@link #status()};</li>
 *   <li>{@link #forEachHeader}, the headers to set, replacing any of the same name:
 *       {@code x-bce-request-id}, the error's own (an {@code Allow} for a 405), {@code Content-Type}
 *       and {@code Content-Length};</li>
 *   <li>{@link #keepsHeader(String)}: whether a header already on the response, set before the
 *       failure (CORS, {@code Retry-After}, cookies), survives it;</li>
 *   <li>{@link #body()}, the envelope's JSON, sent only when {@link #sendsBody()}: a HEAD answer
 *       has the status and headers alone, its {@code Content-Length} saying what GET would send.</li>
 * </ul>
 */
public final class ErrorResponse {

    /** The content type of every error body, spelled as Jetty, Tomcat and Jersey all normalise it. */
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    /**
     * Headers that described the body being replaced, or a resource state an error must not claim,
     * and those the container adds by itself ({@code Date}, {@code Server}): kept, they would
     * appear twice.
     */
    private static final Set<String> REPLACED_HEADERS = Set.of("content-type", "content-length",
            "content-encoding", "content-range", "content-disposition", "content-language", "content-location",
            "content-md5", "transfer-encoding", "etag", "last-modified", RequestIds.HEADER, "date", "server");

    private final int status;
    private final ErrorEnvelope envelope;
    private final byte[] body;
    private final Map<String, String> errorHeaders;
    private final boolean sendsBody;

    private ErrorResponse(BceError error, ErrorEnvelope envelope, boolean sendsBody) {
        this.status = error.httpStatus();
        this.envelope = envelope;
        this.body = envelope.toJson();
        this.errorHeaders = error.headers();
        this.sendsBody = sendsBody;
    }

    static ErrorResponse of(RequestSummary request, BceError error) {
        return new ErrorResponse(error, ErrorEnvelope.of(request.requestId(), error), !request.isHead());
    }

    /** Whether a response header set before the failure survives it. */
    public static boolean keepsHeader(String name) {
        return !REPLACED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    public int status() {
        return status;
    }

    public ErrorEnvelope envelope() {
        return envelope;
    }

    /**
     * Hands each header to set to {@code header}, in order. (A callback rather than a map: an error
     * response is built on every failure, and the adapters set headers one at a time anyway.)
     */
    public void forEachHeader(BiConsumer<String, String> header) {
        header.accept(RequestIds.HEADER, envelope.requestId());
        if (!errorHeaders.isEmpty()) {
            errorHeaders.forEach((name, value) -> {
                if (keepsHeader(name)) {
                    header.accept(name, value);
                }
            });
        }
        header.accept("Content-Type", CONTENT_TYPE);
        header.accept("Content-Length", Integer.toString(body.length));
    }

    /** The envelope's JSON: the bytes themselves, not a copy; never change them. */
    public byte[] body() {
        return body;
    }

    /** False for a HEAD request: send the status and headers only. */
    public boolean sendsBody() {
        return sendsBody;
    }
}
