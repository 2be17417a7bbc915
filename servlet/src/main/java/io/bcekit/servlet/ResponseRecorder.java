package io.bcekit.servlet;

import io.bcekit.core.idempotency.AnswerRecorder;
import io.bcekit.core.idempotency.StoredResponse;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records a guarded request's answer while it is sent, so that a retry can be given the same.
 * A client that has gone away does not stop the handler: once a write to it fails, the rest is
 * only recorded, and the answer is still kept (that lost answer is what the retry must get).
 */
final class ResponseRecorder extends HttpServletResponseWrapper {

    private final int recordLimit;
    private AnswerRecorder recorder;
    private ServletOutputStream stream;
    private PrintWriter writer;

    /** Records up to {@code recordLimit} bytes of body; more only marks the answer as too large. */
    ResponseRecorder(HttpServletResponse response, int recordLimit) {
        super(response);
        this.recordLimit = recordLimit;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream real = super.getOutputStream();
            recorder = new AnswerRecorder(real, recordLimit);
            stream = new Tee(real, recorder);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        try {
            super.flushBuffer();
        } catch (IOException clientGone) {
            // recorded all the same: the answer is kept for the retry
        }
    }

    /**
     * Pushes what the handler left in its writer through to the recorder. Not the container's
     * buffer: sending it is the container's business when the request completes (flushing it here
     * would commit an answer without a length as chunked, in two writes instead of one).
     */
    void flushWriter() {
        if (writer != null) {
            writer.flush(); // a PrintWriter never throws: a client gone is the recorder's to note
        }
    }

    /** The answer as sent (or as it would have been); its body empty when over the limit. */
    StoredResponse answer() {
        if (writer != null) {
            writer.flush();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        boolean typed = false;
        for (String name : getHeaderNames()) {
            if (StoredResponse.replays(name)) {
                typed |= name.equalsIgnoreCase("Content-Type");
                for (String value : getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        if (!typed && getContentType() != null) { // Tomcat lists it among the headers only once committed
            headers.add(Map.entry("Content-Type", getContentType()));
        }
        return new StoredResponse(getStatus(), headers, recorder == null ? new byte[0] : recorder.body());
    }

    boolean overLimit() {
        return recorder != null && recorder.overLimit();
    }

    /** The container's stream around the recorder: the servlet API's non-blocking calls go to the container. */
    private static final class Tee extends ServletOutputStream {
        private final ServletOutputStream real;
        private final AnswerRecorder recorder;

        Tee(ServletOutputStream real, AnswerRecorder recorder) {
            this.real = real;
            this.recorder = recorder;
        }

        @Override
        public void write(int b) {
            recorder.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            recorder.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            recorder.flush();
        }

        @Override
        public void close() {
            recorder.close();
        }

        @Override
        public boolean isReady() {
            return real.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            real.setWriteListener(listener);
        }
    }
}
