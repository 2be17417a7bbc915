package io.bcekit.jaxrs;

import io.bcekit.core.ResponseWriteException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The runtime's entity output, its write failures reported as {@link ResponseWriteException}: the
 * connection broke under the write, the client's doing rather than the service's.
 */
final class ResponseBodyOutput extends FilterOutputStream {

    ResponseBodyOutput(OutputStream real) {
        super(real);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw ResponseWriteException.of(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length); // not FilterOutputStream's byte-by-byte copy
        } catch (IOException e) {
            throw ResponseWriteException.of(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw ResponseWriteException.of(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw ResponseWriteException.of(e);
        }
    }
}
