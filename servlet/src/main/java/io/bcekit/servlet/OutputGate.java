package io.bcekit.servlet;

import io.bcekit.core.ResponseWriteException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.BooleanSupplier;

/**
 * Guards a handler's output: notes whether anything was written, reports a failed write (the
 * client went away or stopped reading) as {@link ResponseWriteException}, and once closed (an
 * error was sent) silently drops further output, as a container does after {@code sendError}. While
 * {@code aborting} holds (an inner layer failed after commit) closing the stream is withheld, so
 * the container cannot send the final chunk of a response that is about to be aborted.
 */
final class OutputGate {

    private final BooleanSupplier aborting;
    private volatile boolean closed;
    private volatile boolean written;

    OutputGate(BooleanSupplier aborting) {
        this.aborting = aborting;
    }

    void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    boolean anythingWritten() {
        return written;
    }

    /** Guards {@code real}; null means there is none (the gate was already closed): output is dropped. */
    ServletOutputStream guard(ServletOutputStream real) {
        return new GuardedStream(real);
    }

    PrintWriter guard(PrintWriter real) {
        return new PrintWriter(new GuardedWriter(real));
    }

    private boolean passes(ServletOutputStream real) {
        return real != null && !closed;
    }

    private final class GuardedStream extends ServletOutputStream {

        private final ServletOutputStream real;

        GuardedStream(ServletOutputStream real) {
            this.real = real;
        }

        @Override
        public void write(int b) throws IOException {
            if (passes(real)) {
                written = true;
                try {
                    real.write(b);
                } catch (IOException e) {
                    throw ResponseWriteException.of(e);
                }
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (passes(real)) {
                written |= length > 0;
                try {
                    real.write(bytes, offset, length);
                } catch (IOException e) {
                    throw ResponseWriteException.of(e);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (passes(real)) {
                try {
                    real.flush();
                } catch (IOException e) {
                    throw ResponseWriteException.of(e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (passes(real) && !aborting.getAsBoolean()) {
                try {
                    real.close();
                } catch (IOException e) {
                    throw ResponseWriteException.of(e);
                }
            }
        }

        @Override
        public boolean isReady() {
            return real == null || real.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            if (real != null) {
                real.setWriteListener(listener);
            }
        }
    }

    private final class GuardedWriter extends Writer {

        private final PrintWriter real;

        GuardedWriter(PrintWriter real) {
            this.real = real;
        }

        private boolean passes() {
            return real != null && !closed;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (passes()) {
                written |= length > 0;
                real.write(chars, offset, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (passes()) {
                written |= length > 0;
                real.write(text, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (passes()) {
                real.flush();
                failIfBroken();
            }
        }

        @Override
        public void close() {
            if (passes() && !aborting.getAsBoolean()) {
                real.close();
            }
        }

        /**
         * The container's writer swallows I/O errors; surface them to our PrintWriter's checkError().
         * Only on flush: checkError() itself flushes, which would commit the response early.
         */
        private void failIfBroken() throws IOException {
            if (real.checkError()) {
                throw new ResponseWriteException(new IOException("The response writer failed"));
            }
        }
    }
}
