package io.bcekit.benchmarks.servlet;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A response buffered in memory: status, headers (names case-insensitive, as in a container) and
 * body bytes. {@link #recycle()} empties it between benchmark invocations without allocating, as a
 * container recycles its response objects.
 */
public final class InMemoryHttpResponse implements HttpServletResponse {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Body body = new Body();
    private int status = SC_OK;
    private boolean committed;

    public void recycle() {
        headers.clear();
        body.length = 0;
        status = SC_OK;
        committed = false;
    }

    /** The body written so far. */
    public byte[] body() {
        return Arrays.copyOf(body.bytes, body.length);
    }

    public int bodyLength() {
        return body.length;
    }

    @Override public void setStatus(int status) { this.status = status; }
    @Override public int getStatus() { return status; }
    @Override public boolean isCommitted() { return committed; }
    @Override public void flushBuffer() { committed = true; }
    @Override public ServletOutputStream getOutputStream() { return body; }

    @Override
    public void setHeader(String name, String value) {
        List<String> values = new ArrayList<>(1);
        values.add(value);
        headers.put(name.toLowerCase(Locale.ROOT), values);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), ignored -> new ArrayList<>(1)).add(value);
    }

    @Override
    public String getHeader(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? List.of() : List.copyOf(values);
    }

    @Override public Collection<String> getHeaderNames() { return List.copyOf(headers.keySet()); }
    @Override public boolean containsHeader(String name) { return headers.containsKey(name.toLowerCase(Locale.ROOT)); }
    @Override public void setContentType(String type) { setHeader("Content-Type", type); }
    @Override public String getContentType() { return getHeader("Content-Type"); }
    @Override public void setContentLength(int length) { setHeader("Content-Length", Integer.toString(length)); }
    @Override public void setContentLengthLong(long length) { setHeader("Content-Length", Long.toString(length)); }
    @Override public void setIntHeader(String name, int value) { setHeader(name, Integer.toString(value)); }
    @Override public void addIntHeader(String name, int value) { addHeader(name, Integer.toString(value)); }
    @Override public String getCharacterEncoding() { return "UTF-8"; }
    @Override public void setCharacterEncoding(String encoding) { }

    @Override
    public void reset() {
        if (committed) {
            throw new IllegalStateException("Committed");
        }
        headers.clear();
        body.length = 0;
        status = SC_OK;
    }

    @Override
    public void resetBuffer() {
        if (committed) {
            throw new IllegalStateException("Committed");
        }
        body.length = 0;
    }

    @Override public void setBufferSize(int size) { }
    @Override public int getBufferSize() { return body.bytes.length; }
    @Override public void setLocale(Locale locale) { }
    @Override public Locale getLocale() { return Locale.ROOT; }
    @Override public PrintWriter getWriter() { throw unsupported(); }
    @Override public void addCookie(Cookie cookie) { throw unsupported(); }
    @Override public String encodeURL(String url) { return url; }
    @Override public String encodeRedirectURL(String url) { return url; }
    @Override public void sendError(int code, String message) { throw unsupported(); }
    @Override public void sendError(int code) { throw unsupported(); }
    @Override public void sendRedirect(String location, int code, boolean clearBuffer) { throw unsupported(); }
    @Override public void setDateHeader(String name, long date) { throw unsupported(); }
    @Override public void addDateHeader(String name, long date) { throw unsupported(); }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("Not needed on the benchmarked path");
    }

    /** A growable byte buffer as the servlet's output stream. */
    private static final class Body extends ServletOutputStream {

        private byte[] bytes = new byte[1024];
        private int length;

        @Override
        public void write(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int count) {
            ensure(count);
            System.arraycopy(source, offset, bytes, length, count);
            length += count;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        @Override public boolean isReady() { return true; }
        @Override public void setWriteListener(WriteListener listener) { }
    }
}
