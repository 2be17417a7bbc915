package io.bcekit.core.requestid;

import java.util.Objects;
import org.slf4j.MDC;

/**
 * Binds a request id to the current thread (for {@link CurrentRequestId} and the SLF4J MDC) until
 * closed, then restores what was there before, so nested dispatches and pooled threads never see
 * a stale id. Use with try-with-resources around each dispatch. Closing on another thread (an
 * async response completed elsewhere) restores nothing: one thread cannot reach another's MDC.
 */
public final class RequestIdScope implements AutoCloseable {

    private final Thread owner = Thread.currentThread();
    private final String mdcKey;
    private final String previousMdcValue;
    private final String previousCurrent;
    private boolean closed;

    private RequestIdScope(String requestId, String mdcKey) {
        this.mdcKey = mdcKey;
        this.previousMdcValue = MDC.get(mdcKey);
        this.previousCurrent = CurrentRequestId.swap(requestId);
        MDC.put(mdcKey, requestId);
    }

    /** Binds {@code requestId} under MDC key {@code mdcKey}. */
    public static RequestIdScope open(String requestId, String mdcKey) {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(mdcKey, "mdcKey");
        return new RequestIdScope(requestId, mdcKey);
    }

    @Override
    public void close() {
        if (closed || Thread.currentThread() != owner) {
            return;
        }
        closed = true;
        if (previousMdcValue == null) {
            MDC.remove(mdcKey);
        } else {
            MDC.put(mdcKey, previousMdcValue);
        }
        CurrentRequestId.swap(previousCurrent);
    }
}
