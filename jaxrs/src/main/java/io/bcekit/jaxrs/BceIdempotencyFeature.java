package io.bcekit.jaxrs;

import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;

/**
 * {@code clientToken} idempotency for a Jakarta REST application without {@code
 * BceIdempotencyFilter} in front (Jersey on its own HTTP server, say): register it beside
 * {@link BceFeature}. As a class it guards with an in-memory store and the defaults; an instance
 * takes any {@link IdempotencyGuard} (a Redis store for many instances). The contract is the
 * servlet filter's: one run per caller and token, the first answer replayed under the retry's own
 * request id, {@code IdempotentParameterMismatch} for another request under the same token.
 */
public final class BceIdempotencyFeature implements Feature {

    static final int DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;

    private final IdempotencyGuard guard;
    private final int maxRequestBodyBytes;

    /** In memory (64 MiB), the guard's defaults, request bodies up to 1 MiB. */
    public BceIdempotencyFeature() {
        this(IdempotencyGuard.builder(InMemoryIdempotencyStore.withDefaults()).build(), DEFAULT_MAX_REQUEST_BODY_BYTES);
    }

    public BceIdempotencyFeature(IdempotencyGuard guard, int maxRequestBodyBytes) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.maxRequestBodyBytes = maxRequestBodyBytes;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new IdempotencyFilter(guard, maxRequestBodyBytes), IdempotencyFilter.PRIORITY);
        return true;
    }
}
