package io.bcekit.jaxrs;

import io.bcekit.core.RequestBodyException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The runtime's entity stream, its read failures reported as the client's {@link RequestBodyException}. */
final class RequestBodyInput extends FilterInputStream {

    RequestBodyInput(InputStream real) {
        super(real);
    }

    /** {@code body} wrapped once, however many layers ask. */
    static InputStream of(InputStream body) {
        return body == null || body instanceof RequestBodyInput ? body : new RequestBodyInput(body);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        try {
            return super.read(bytes, offset, length);
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return super.available();
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }
}
