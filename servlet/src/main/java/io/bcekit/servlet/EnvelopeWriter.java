package io.bcekit.servlet;

import io.bcekit.core.ErrorResponder;
import io.bcekit.core.ErrorResponse;
import io.bcekit.core.requestid.RequestIds;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes one request's error envelope onto the container's own response. */
final class EnvelopeWriter {

    /** Headers describing a body we are replacing, or a resource state an error must not claim. */
    private static final Set<String> DROPPED_HEADERS = Set.of("content-type", "content-length", "content-encoding",
            "content-range", "content-disposition", "content-language", "content-md5", "transfer-encoding",
            "etag", "last-modified", RequestIds.HEADER,
            "date", "server"); // the container adds these itself; kept, they would appear twice
    private static final int MAX_LOGGED_TARGET = 256;

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String requestId;
    private final ErrorResponder responder;

    EnvelopeWriter(HttpServletRequest request, HttpServletResponse response, String requestId,
            ErrorResponder responder) {
        this.request = request;
        this.response = response;
        this.requestId = requestId;
        this.responder = responder;
    }

    String requestId() {
        return requestId;
    }

    /** Whether the container's response is committed (a body can no longer be replaced). */
    boolean isCommitted() {
        return response.isCommitted();
    }

    /** A failure an inner layer reported after the response was committed, or null. */
    Throwable failureAfterCommit() {
        return request.getAttribute(RequestIds.FAILED_AFTER_COMMIT_ATTRIBUTE) instanceof Throwable failure
                ? failure : null;
    }

    boolean isHead() {
        return "HEAD".equals(request.getMethod());
    }

    ErrorResponder responder() {
        return responder;
    }

    /**
     * Answers a thrown failure. Once the response is committed no second body can be sent: the
     * failure is logged and handed back to the container, which aborts the connection so that a
     * truncated response cannot pass for a complete one.
     */
    void answerFailure(Throwable failure) throws IOException, ServletException {
        Failures.rethrowIfFatal(failure);
        if (response.isCommitted()) {
            responder.abortedAfterCommit(requestId, requestLine(), failure);
            Failures.rethrow(failure);
        }
        write(responder.forFailure(requestId, requestLine(), failure));
    }

    /** Answers an error status produced without an exception; a committed response is left as it is. */
    void answerStatus(int status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        write(responder.forStatus(requestId, requestLine(), status));
    }

    private void write(ErrorResponse error) throws IOException {
        Map<String, List<String>> kept = keptHeaders();
        response.reset(); // also forgets whether the handler took the writer or the stream
        kept.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setStatus(error.status());
        response.setHeader(RequestIds.HEADER, requestId);
        error.headers().forEach(response::setHeader);
        response.setContentType(ErrorResponse.CONTENT_TYPE);
        response.setContentLength(error.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(error.body());
        }
        response.flushBuffer();
    }

    /** Headers set before the failure (CORS, Allow, Retry-After, cookies…) survive it. */
    private Map<String, List<String>> keptHeaders() {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!DROPPED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !kept.containsKey(name)) {
                kept.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return kept;
    }

    String requestLine() {
        String target = request.getRequestURI();
        if (target != null && target.length() > MAX_LOGGED_TARGET) {
            target = target.substring(0, MAX_LOGGED_TARGET) + "...";
        }
        return request.getMethod() + " " + target;
    }
}
