package io.bcekit.benchmarks.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConnection;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpUpgradeHandler;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.security.Principal;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The smallest request a filter can run on, held in memory: method, URI, query, headers,
 * attributes and a body. What a filter on the success path does not touch throws.
 * {@link #recycle()} makes it new again between benchmark invocations, as a container recycles its
 * request objects.
 */
public final class InMemoryHttpRequest implements HttpServletRequest {

    private final String method;
    private final String requestUri;
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private String query;
    private byte[] body;
    private final BodyStream bodyStream = new BodyStream();

    public InMemoryHttpRequest(String method, String requestUri) {
        this.method = method;
        this.requestUri = requestUri;
    }

    /** Adds header {@code name} (looked up case-insensitively, as a container does). */
    public InMemoryHttpRequest header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    /** Sets the raw query string (null: none). */
    public InMemoryHttpRequest query(String query) {
        this.query = query;
        return this;
    }

    /** Sets the body, with its length as {@code Content-Length} (null: no body, length unknown). */
    public InMemoryHttpRequest body(byte[] body) {
        this.body = body;
        return this;
    }

    /** Forgets the attributes the last request set, and rewinds the body. */
    public void recycle() {
        attributes.clear();
        bodyStream.position = 0;
    }

    /** The body, read from the start after each {@link #recycle()}. */
    private final class BodyStream extends ServletInputStream {
        private int position;

        @Override
        public int read() {
            return body == null || position >= body.length ? -1 : body[position++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (body == null || position >= body.length) {
                return -1;
            }
            int n = Math.min(length, body.length - position);
            System.arraycopy(body, position, into, offset, n);
            position += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return body == null || position >= body.length;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
            throw unsupported();
        }
    }

    @Override public Object getAttribute(String name) { return attributes.get(name); }
    @Override public Enumeration<String> getAttributeNames() { return Collections.enumeration(attributes.keySet()); }
    @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
    @Override public void removeAttribute(String name) { attributes.remove(name); }
    @Override public String getHeader(String name) { return headers.get(name.toLowerCase(Locale.ROOT)); }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String value = getHeader(name);
        return value == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(value));
    }

    @Override public Enumeration<String> getHeaderNames() { return Collections.enumeration(headers.keySet()); }
    @Override public String getMethod() { return method; }
    @Override public String getRequestURI() { return requestUri; }
    @Override public DispatcherType getDispatcherType() { return DispatcherType.REQUEST; }
    @Override public boolean isAsyncStarted() { return false; }
    @Override public boolean isAsyncSupported() { return false; }
    @Override public String getProtocol() { return "HTTP/1.1"; }
    @Override public String getScheme() { return "http"; }
    @Override public String getServerName() { return "127.0.0.1"; }
    @Override public int getServerPort() { return 8080; }
    @Override public String getContextPath() { return ""; }
    @Override public String getServletPath() { return ""; }
    @Override public String getPathInfo() { return requestUri; }
    @Override public String getQueryString() { return query; }
    @Override public String getCharacterEncoding() { return null; }
    @Override public void setCharacterEncoding(String encoding) { }
    @Override public int getContentLength() { return body == null ? -1 : body.length; }
    @Override public long getContentLengthLong() { return getContentLength(); }
    @Override public String getContentType() { return null; }
    @Override public Locale getLocale() { return Locale.ROOT; }
    @Override public Enumeration<Locale> getLocales() { return Collections.enumeration(java.util.List.of(Locale.ROOT)); }
    @Override public boolean isSecure() { return false; }
    @Override public String getRequestId() { return "0"; }
    @Override public String getProtocolRequestId() { return ""; }

    @Override public ServletInputStream getInputStream() { return bodyStream; }
    @Override public String getParameter(String name) { throw unsupported(); }
    @Override public Enumeration<String> getParameterNames() { throw unsupported(); }
    @Override public String[] getParameterValues(String name) { throw unsupported(); }
    @Override public Map<String, String[]> getParameterMap() { throw unsupported(); }
    @Override public BufferedReader getReader() { throw unsupported(); }
    @Override public String getRemoteAddr() { return "127.0.0.1"; }
    @Override public String getRemoteHost() { return "127.0.0.1"; }
    @Override public RequestDispatcher getRequestDispatcher(String path) { throw unsupported(); }
    @Override public int getRemotePort() { return 40000; }
    @Override public String getLocalName() { return "127.0.0.1"; }
    @Override public String getLocalAddr() { return "127.0.0.1"; }
    @Override public int getLocalPort() { return 8080; }
    @Override public ServletContext getServletContext() { throw unsupported(); }
    @Override public AsyncContext startAsync() { throw unsupported(); }
    @Override public AsyncContext startAsync(ServletRequest request, ServletResponse response) { throw unsupported(); }
    @Override public AsyncContext getAsyncContext() { throw unsupported(); }
    @Override public ServletConnection getServletConnection() { throw unsupported(); }
    @Override public String getAuthType() { return null; }
    @Override public Cookie[] getCookies() { return null; }
    @Override public long getDateHeader(String name) { throw unsupported(); }
    @Override public int getIntHeader(String name) { throw unsupported(); }
    @Override public String getPathTranslated() { return null; }
    @Override public String getRemoteUser() { return null; }
    @Override public boolean isUserInRole(String role) { return false; }
    @Override public Principal getUserPrincipal() { return null; }
    @Override public String getRequestedSessionId() { return null; }
    @Override public StringBuffer getRequestURL() { return new StringBuffer("http://127.0.0.1:8080").append(requestUri); }
    @Override public HttpSession getSession(boolean create) { throw unsupported(); }
    @Override public HttpSession getSession() { throw unsupported(); }
    @Override public String changeSessionId() { throw unsupported(); }
    @Override public boolean isRequestedSessionIdValid() { return false; }
    @Override public boolean isRequestedSessionIdFromCookie() { return false; }
    @Override public boolean isRequestedSessionIdFromURL() { return false; }
    @Override public boolean authenticate(HttpServletResponse response) { throw unsupported(); }
    @Override public void login(String user, String password) { throw unsupported(); }
    @Override public void logout() { throw unsupported(); }
    @Override public Collection<Part> getParts() { throw unsupported(); }
    @Override public Part getPart(String name) { throw unsupported(); }
    @Override public <T extends HttpUpgradeHandler> T upgrade(Class<T> handlerClass) { throw unsupported(); }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("Not needed on the benchmarked path");
    }
}
