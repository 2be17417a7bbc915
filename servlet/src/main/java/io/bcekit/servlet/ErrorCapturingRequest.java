package io.bcekit.servlet;

import io.bcekit.core.RequestBodyException;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UnsupportedEncodingException;

/**
 * The request handlers see under {@link BceErrorFilter}. Reading its body reports a fault of the
 * client's (bad framing, an early end, a read timeout, a charset no decoder knows) as
 * {@link RequestBodyException}, so it is
 * answered as the client's and not as the service's; and {@code startAsync()} hands out the
 * error-capturing response, so async code that answers through
 * {@code asyncContext.getResponse().sendError(…)} still gets the envelope.
 */
final class ErrorCapturingRequest extends HttpServletRequestWrapper {

    private final ErrorCapturingResponse response;
    private ServletInputStream stream;
    private BufferedReader reader;

    ErrorCapturingRequest(HttpServletRequest request, ErrorCapturingResponse response) {
        super(request);
        this.response = response;
    }

    @Override
    public AsyncContext startAsync() {
        return startAsync(this, response);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        ServletInputStream real = super.getInputStream();
        if (stream == null) {
            stream = new RequestBodyStream(real);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        BufferedReader real;
        try {
            real = super.getReader();
        } catch (UnsupportedEncodingException unknownCharset) {
            throw new RequestBodyException(unknownCharset); // the client's Content-Type names it
        }
        if (reader == null) {
            reader = new BufferedReader(new RequestBodyReader(real), 1024);
        }
        return reader;
    }
}
