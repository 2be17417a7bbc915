package io.bcekit.servlet;

import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.core.internal.ConfigParameters;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@link BceIdempotencyFilter}'s init-params: an unknown name or a bad value fails with an
 * {@link IllegalArgumentException} naming it.
 */
final class IdempotencyFilterParameters {

    static final String STORE = "store";
    static final String TTL_SECONDS = "ttl-seconds";
    static final String WAIT_MILLIS = "wait-millis";
    static final String MAX_STORED_BODY_BYTES = "max-stored-body-bytes";
    static final String MAX_REQUEST_BODY_BYTES = "max-request-body-bytes";
    static final String FAIL_OPEN = "fail-open";

    private static final Set<String> NAMES =
            Set.of(STORE, TTL_SECONDS, WAIT_MILLIS, MAX_STORED_BODY_BYTES, MAX_REQUEST_BODY_BYTES, FAIL_OPEN);

    /** What the parameters configure. */
    record Settings(IdempotencyGuard guard, int maxRequestBodyBytes) {
    }

    private IdempotencyFilterParameters() {
    }

    static Settings read(Map<String, String> parameters, ClassLoader classLoader) {
        for (String name : parameters.keySet()) {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown BceIdempotencyFilter parameter '" + name
                        + "'; known parameters: " + new TreeSet<>(NAMES));
            }
        }
        String store = parameters.get(STORE);
        IdempotencyGuard.Builder guard = IdempotencyGuard.builder(store == null || store.isBlank()
                ? InMemoryIdempotencyStore.withDefaults()
                : ConfigParameters.instantiate(STORE, store.trim(), IdempotencyStore.class, classLoader));
        if (parameters.containsKey(TTL_SECONDS)) {
            guard.ttl(Duration.ofSeconds(number(TTL_SECONDS, parameters.get(TTL_SECONDS), 1)));
        }
        if (parameters.containsKey(WAIT_MILLIS)) {
            guard.waitBound(Duration.ofMillis(number(WAIT_MILLIS, parameters.get(WAIT_MILLIS), 0)));
        }
        if (parameters.containsKey(MAX_STORED_BODY_BYTES)) {
            guard.maxStoredBodyBytes(number(MAX_STORED_BODY_BYTES, parameters.get(MAX_STORED_BODY_BYTES), 0));
        }
        if (parameters.containsKey(FAIL_OPEN)) {
            guard.failOpen(bool(parameters.get(FAIL_OPEN).trim()));
        }
        int maxBody = parameters.containsKey(MAX_REQUEST_BODY_BYTES)
                ? number(MAX_REQUEST_BODY_BYTES, parameters.get(MAX_REQUEST_BODY_BYTES), 0)
                : BceIdempotencyFilter.DEFAULT_MAX_REQUEST_BODY_BYTES;
        return new Settings(guard.build(), maxBody);
    }

    private static int number(String name, String value, int min) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Bad " + name + " '" + value + "'; use a whole number from " + min
                + " to " + Integer.MAX_VALUE);
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("Bad " + FAIL_OPEN + " '" + value + "'; use true or false");
        };
    }
}
