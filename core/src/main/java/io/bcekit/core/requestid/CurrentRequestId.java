package io.bcekit.core.requestid;

import java.util.Optional;

/**
 * The id of the request the current thread is serving, for handler code that has no request
 * object at hand. Set by the adapters around every dispatch (including async dispatches and
 * bcekit's async listeners); empty on other threads, e.g. an executor a handler hands work to.
 * Where the request is at hand, prefer the adapter's request attribute.
 */
public final class CurrentRequestId {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CurrentRequestId() {
    }

    public static Optional<String> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Sets the thread's id (null clears it) and returns the previous one. Clearing stores null
     * rather than removing the entry: a pooled thread serves request after request, and removal
     * (a native call that clears the entry's weak reference) would be paid on every one. A null
     * value holds nothing that could keep a webapp's class loader alive.
     */
    static String swap(String requestId) {
        String previous = CURRENT.get();
        CURRENT.set(requestId);
        return previous;
    }
}
