package io.bcekit.core.internal;

import java.util.Objects;
import org.slf4j.MDC;

/**
 * Binds a request id to the current thread (for {@code CurrentRequestId} and the SLF4J MDC) until
 * closed, then restores what was there before, so nested dispatches and pooled threads never see
 * a stale id. Use with try-with-resources around each dispatch. Closing on another thread (an
 * async response completed elsewhere) restores nothing: one thread cannot reach another's MDC.
 */
public final class RequestIdScope implements AutoCloseable {

    /**
     * The serving thread's id. Cleared by storing null rather than removing the entry: a pooled
     * thread serves request after request, and removal (a native call that clears the entry's weak
     * reference) would be paid on every one. A null holds nothing that could keep a webapp's class
     * loader alive.
     */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private final Thread owner = Thread.currentThread();
    private final String mdcKey;
    private final String previousMdcValue;
    private final String previousCurrent;
    private boolean closed;

    private RequestIdScope(String requestId, String mdcKey) {
        this.mdcKey = mdcKey;
        this.previousMdcValue = MDC.get(mdcKey);
        this.previousCurrent = CURRENT.get();
        CURRENT.set(requestId);
        MDC.put(mdcKey, requestId);
    }

    /** Binds {@code requestId} under MDC key {@code mdcKey}. */
    public static RequestIdScope open(String requestId, String mdcKey) {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(mdcKey, "mdcKey");
        return new RequestIdScope(requestId, mdcKey);
    }

    /** The id bound to the current thread, or null. */
    public static String current() {
        return CURRENT.get();
    }

    /**
     * Unbinds the id this thread still holds from a scope that can no longer close here (an async
     * request whose response completed on another thread): clears the current id, and the MDC
     * entry when it holds that same id (anything else there is not bcekit's).
     */
    public static void abandonStale(String mdcKey) {
        String stale = CURRENT.get();
        if (stale != null) {
            CURRENT.set(null);
            if (stale.equals(MDC.get(mdcKey))) {
                MDC.remove(mdcKey);
            }
        }
    }

    /** Whether this scope is bound to the calling thread and still open. */
    private boolean isOpenOnThisThread() {
        return !closed && Thread.currentThread() == owner;
    }

    @Override
    public void close() {
        if (!isOpenOnThisThread()) {
            return;
        }
        closed = true;
        if (previousMdcValue == null) {
            MDC.remove(mdcKey);
        } else {
            MDC.put(mdcKey, previousMdcValue);
        }
        CURRENT.set(previousCurrent);
    }
}
