package io.bcekit.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Makes {@code startAsync()} hand out the error-capturing response, so async code that answers
 * through {@code asyncContext.getResponse().sendError(…)} still gets the envelope.
 */
final class AsyncCapturingRequest extends HttpServletRequestWrapper {

    private final ErrorCapturingResponse response;

    AsyncCapturingRequest(HttpServletRequest request, ErrorCapturingResponse response) {
        super(request);
        this.response = response;
    }

    @Override
    public AsyncContext startAsync() {
        return startAsync(this, response);
    }
}
