package io.bcekit.servlet;

import io.bcekit.core.idempotency.StoredResponse;
import io.bcekit.core.requestid.RequestIds;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Records a guarded request's answer while it is sent, so that a retry can be given the same.
 * A client that has gone away does not stop the handler: once a write to it fails, the rest is
 * only recorded, and the answer is still kept (that lost answer is what the retry must get).
 */
final class ResponseRecorder extends HttpServletResponseWrapper {

    /** Headers that belong to one exchange, not to the answer: a replay sends its own. */
    private static final Set<String> NOT_REPLAYED = Set.of(RequestIds.HEADER, "date", "server", "connection",
            "transfer-encoding", "content-length", "keep-alive");

    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
    private final int recordLimit;
    private boolean overLimit;
    private boolean clientGone;
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
            stream = new Tee(super.getOutputStream());
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
        if (!clientGone) {
            try {
                super.flushBuffer();
            } catch (IOException gone) {
                clientGone = true;
            }
        }
    }

    /** Flushes what the handler left buffered, ignoring a client that has gone. */
    void flushQuietly() {
        try {
            flushBuffer();
        } catch (IOException | IllegalStateException ignored) {
            // gone or already complete: what was recorded is what counts
        }
    }

    /** The answer as sent (or as it would have been); its body empty when over the limit. */
    StoredResponse answer() {
        if (writer != null) {
            writer.flush();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return new StoredResponse(getStatus(), headers, recorded.toByteArray());
    }

    boolean overLimit() {
        return overLimit;
    }

    private void record(byte[] bytes, int offset, int length) {
        if (overLimit) {
            return;
        }
        if (recorded.size() + length > recordLimit) {
            overLimit = true;
            recorded.reset();
            return;
        }
        recorded.write(bytes, offset, length);
    }

    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream real;

        Tee(ServletOutputStream real) {
            this.real = real;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            record(bytes, offset, length);
            if (!clientGone) {
                try {
                    real.write(bytes, offset, length);
                } catch (IOException gone) {
                    clientGone = true;
                }
            }
        }

        @Override
        public void flush() {
            if (!clientGone) {
                try {
                    real.flush();
                } catch (IOException gone) {
                    clientGone = true;
                }
            }
        }

        @Override
        public void close() {
            if (!clientGone) {
                try {
                    real.close();
                } catch (IOException gone) {
                    clientGone = true;
                }
            }
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
