package io.bcekit.jaxrs;

import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.internal.IdempotencyParameters;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;

/**
 * {@code clientToken} idempotency for a Jakarta REST application without {@code
 * BceIdempotencyFilter} in front (Jersey on its own HTTP server, say): register it beside
 * {@link BceFeature}. The contract is the servlet filter's: one run per caller and token, the first
 * answer replayed under the retry's own request id, {@code IdempotentParameterMismatch} for another
 * request under the same token.
 *
 * <p>Registered as a class, it reads the application's {@code bcekit.idempotency.*} properties,
 * named as the servlet filter's init-params: {@code store} (class name of an
 * {@code IdempotencyStore} with a public no-arg constructor; default in memory, 64 MiB),
 * {@code ttl-seconds}, {@code wait-millis}, {@code max-stored-body-bytes},
 * {@code max-request-body-bytes} and {@code fail-open}; an unknown one or a bad value fails at
 * start-up naming it. An instance takes its {@link IdempotencyGuard} (a Redis store for many
 * instances) and reads no property.
 */
public final class BceIdempotencyFeature implements Feature {

    static final String PROPERTY_PREFIX = "bcekit.idempotency.";
    private static final IdempotencyParameters PROPERTIES = new IdempotencyParameters("bcekit property", PROPERTY_PREFIX);

    /** Null when registered as a class: read from the application's properties. */
    private final IdempotencyParameters.Settings settings;

    /** Settings from the application's {@code bcekit.idempotency.*} properties, defaults otherwise. */
    public BceIdempotencyFeature() {
        this.settings = null;
    }

    public BceIdempotencyFeature(IdempotencyGuard guard, int maxRequestBodyBytes) {
        this.settings = new IdempotencyParameters.Settings(Objects.requireNonNull(guard, "guard"), maxRequestBodyBytes);
    }

    @Override
    public boolean configure(FeatureContext context) {
        IdempotencyParameters.Settings effective = settings != null ? settings
                : PROPERTIES.read(ApplicationProperties.under(PROPERTY_PREFIX, context.getConfiguration().getProperties()),
                        ApplicationProperties.classLoader());
        context.register(new IdempotencyFilter(effective.guard(), effective.maxRequestBodyBytes()),
                IdempotencyFilter.PRIORITY);
        return true;
    }
}
