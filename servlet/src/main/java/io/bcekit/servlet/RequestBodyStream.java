package io.bcekit.servlet;

import io.bcekit.core.RequestBodyException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** The container's request body stream, its read failures reported as the client's {@link RequestBodyException}. */
final class RequestBodyStream extends ServletInputStream {

    private final ServletInputStream real;

    RequestBodyStream(ServletInputStream real) {
        this.real = real;
    }

    @Override
    public int read() throws IOException {
        try {
            return real.read();
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        try {
            return real.read(bytes, offset, length);
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }

    @Override
    public int readLine(byte[] bytes, int offset, int length) throws IOException {
        try {
            return real.readLine(bytes, offset, length);
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return real.available();
        } catch (IOException e) {
            throw RequestBodyException.of(e);
        }
    }

    @Override
    public void close() throws IOException {
        real.close();
    }

    @Override
    public boolean isFinished() {
        return real.isFinished();
    }

    @Override
    public boolean isReady() {
        return real.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        real.setReadListener(listener);
    }
}
