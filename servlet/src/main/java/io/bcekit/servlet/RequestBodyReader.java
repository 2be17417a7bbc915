package io.bcekit.servlet;

import io.bcekit.core.RequestBodyException;
import java.io.IOException;
import java.io.Reader;

/** The container's request body reader, its read failures reported as the client's {@code RequestBodyException}. */
final class RequestBodyReader extends Reader {

    private final Reader real;

    RequestBodyReader(Reader real) {
        this.real = real;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        try {
            return real.read(chars, offset, length);
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }

    @Override
    public void close() throws IOException {
        real.close();
    }
}
