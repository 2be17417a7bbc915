package io.bcekit.servlet;

import io.bcekit.core.internal.Attributes;
import io.bcekit.core.internal.ErrorResponder;
import io.bcekit.core.internal.ErrorResponse;
import io.bcekit.core.internal.RequestSummary;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers one request's failures: core builds the {@link ErrorResponse}, this copies it onto the container's. */
final class EnvelopeWriter {

    private static final Logger LOG = LoggerFactory.getLogger(EnvelopeWriter.class);

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
        return request.getAttribute(Attributes.FAILED_AFTER_COMMIT) instanceof Throwable failure ? failure : null;
    }

    boolean isHead() {
        return "HEAD".equals(request.getMethod());
    }

    ErrorResponder responder() {
        return responder;
    }

    /**
     * Answers a thrown failure, {@code Error}s included: a {@code StackOverflowError} or an
     * {@code OutOfMemoryError} is an {@code InternalError} like any other bug (handed back, the
     * container would show its class name). Once the response is committed no second body can be
     * sent: the failure is logged and handed back to the container, which aborts the connection so
     * that a truncated response cannot pass for a complete one.
     */
    void answerFailure(Throwable failure) throws IOException, ServletException {
        if (response.isCommitted()) {
            responder.abortedAfterCommit(summary(), failure);
            Failures.rethrow(failure);
        }
        write(responder.forFailure(summary(), failure));
    }

    /** Answers an error status produced without an exception; a committed response is left as it is. */
    void answerStatus(int status) {
        if (response.isCommitted()) {
            return;
        }
        write(responder.forStatus(summary(), status));
    }

    private RequestSummary summary() {
        return new RequestSummary(requestId, request.getMethod(), request.getRequestURI());
    }

    /** Sends {@code error}; a client that is gone by now is not told, and nobody else need be. */
    private void write(ErrorResponse error) {
        Map<String, List<String>> kept = keptHeaders();
        response.reset(); // also forgets whether the handler took the writer or the stream
        kept.forEach(this::restore);
        response.setStatus(error.status());
        error.forEachHeader(response::setHeader);
        try {
            if (error.sendsBody()) {
                response.getOutputStream().write(error.body());
            }
            response.flushBuffer();
        } catch (IOException clientGone) {
            LOG.debug("requestId={} the client went away before the {} answer was sent: {}", requestId,
                    error.status(), clientGone.toString());
        }
    }

    /**
     * Puts back exactly the {@code values} header {@code name} had. Not by adding alone: Jetty's
     * {@code reset()} itself puts back the cookie of a session created during the request (twice,
     * in Jetty 12), which would then appear several times.
     */
    private void restore(String name, List<String> values) {
        response.setHeader(name, values.get(0));
        values.subList(1, values.size()).forEach(value -> response.addHeader(name, value));
    }

    /** Headers set before the failure that {@link ErrorResponse#keepsHeader} keeps, with all their values. */
    private Map<String, List<String>> keptHeaders() {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (ErrorResponse.keepsHeader(name) && !kept.containsKey(name)) {
                List<String> values = new ArrayList<>(response.getHeaders(name));
                if (!values.isEmpty()) {
                    kept.put(name, values);
                }
            }
        }
        return kept;
    }
}
