package io.bcekit.core.requestid;

import io.bcekit.core.internal.RequestIdScope;
import java.util.Optional;

/**
 * The id of the request the current thread is serving, for handler code that has no request
 * object at hand. Set by the adapters around every dispatch (including async dispatches and
 * bcekit's async listeners); empty on other threads, e.g. an executor a handler hands work to.
 * Where the request is at hand, prefer the adapter's request attribute.
 */
public final class CurrentRequestId {

    private CurrentRequestId() {
    }

    public static Optional<String> get() {
        return Optional.ofNullable(RequestIdScope.current());
    }
}
