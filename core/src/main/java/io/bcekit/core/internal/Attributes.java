package io.bcekit.core.internal;

/** Request attribute names every bcekit layer shares (servlet attributes are JAX-RS request properties). */
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

    private Attributes() {
    }
}
