package io.bcekit.servlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The response handlers see under {@link BceErrorFilter}: {@code sendError} answers with the
 * envelope at once, and like a container's own {@code sendError} it commits the response and
 * silently drops whatever the handler writes afterwards.
 */
final class ErrorCapturingResponse extends HttpServletResponseWrapper {

    private final EnvelopeWriter envelope;
    private final OutputGate gate;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorCapturingResponse(HttpServletResponse response, EnvelopeWriter envelope) {
        super(response);
        this.envelope = envelope;
        this.gate = new OutputGate(() -> envelope.failureAfterCommit() != null);
    }

    EnvelopeWriter envelope() {
        return envelope;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        sendError(status); // the container's message is no catalogue text: the table decides
    }

    @Override
    public void sendError(int status) throws IOException {
        if (isCommitted()) {
            throw new IllegalStateException("Cannot send an error after the response is committed");
        }
        if (status < 400) {
            super.sendError(status);
            return;
        }
        gate.close();
        envelope.answerStatus(status);
    }

    @Override
    public boolean isCommitted() {
        return gate.isClosed() || super.isCommitted();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = gate.guard(gate.isClosed() ? null : super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = gate.guard(gate.isClosed() ? null : super.getWriter());
        }
        return writer;
    }

    @Override
    public void reset() {
        if (gate.isClosed()) {
            throw new IllegalStateException("Cannot reset after an error was sent");
        }
        super.reset();
    }

    @Override
    public void resetBuffer() {
        if (!gate.isClosed()) {
            super.resetBuffer();
        }
    }

    /**
     * After a handler returns. A failure an inner layer reported after commit aborts the response.
     * An error status set with an empty body ({@code setStatus(404)}, nothing written, no length
     * declared) would reach the client bodiless, which BCE clients cannot read: it gets the
     * envelope. A HEAD response has no body by nature and is left alone.
     */
    void finish() throws IOException, ServletException {
        Throwable brokenAfterCommit = envelope.failureAfterCommit();
        if (brokenAfterCommit != null) {
            envelope.answerFailure(brokenAfterCommit);
            return;
        }
        int status = getStatus();
        boolean bodyless = !gate.anythingWritten() && (getHeader("Content-Length") == null
                || "0".equals(getHeader("Content-Length")));
        if (status >= 400 && bodyless && !envelope.isHead() && !gate.isClosed() && !super.isCommitted()) {
            gate.close();
            envelope.answerStatus(status);
        }
    }
}
