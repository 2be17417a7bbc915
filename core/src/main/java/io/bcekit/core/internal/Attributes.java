package io.bcekit.core.internal;

/**
 * Attribute names every bcekit layer shares: request attributes (servlet attributes are JAX-RS
 * request properties) and one context attribute.
 */
public final class Attributes {

    /**
     * The request id, a {@code String}: set by the outermost layer, read by every inner one, so one
     * request has one id. Also public contract as {@code BceErrorFilter.REQUEST_ID_ATTRIBUTE}.
     */
    public static final String REQUEST_ID = "io.bcekit.requestId";

    /**
     * The {@link Throwable} that broke a response after it was committed (a JAX-RS entity that
     * failed mid-stream, which the runtime itself only logs). The servlet filter then keeps the
     * stream from being completed and aborts it, so the truncated body cannot pass for a whole one.
     */
    public static final String FAILED_AFTER_COMMIT = "io.bcekit.failedAfterCommit";

    /**
     * Servlet context attribute, {@code Boolean.TRUE} where the container is known to hand over
     * header values exactly as the client sent them, which a bce-auth-v1 signature needs.
     * bcekit-jetty sets it on the contexts of a Jetty server it set up; BceAuthFilter warns on
     * Jetty without it.
     */
    public static final String HEADERS_AS_SENT = "io.bcekit.headersAsSent";

    private Attributes() {
    }
}
