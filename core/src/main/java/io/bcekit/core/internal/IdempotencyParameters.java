package io.bcekit.core.internal;

import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the idempotency adapters' settings from string parameters: the servlet filter's
 * init-params, and the JAX-RS feature's {@code bcekit.idempotency.*} properties. Names:
 * {@code store} (class name of an {@link IdempotencyStore} with a public no-arg constructor;
 * default in memory), {@code ttl-seconds}, {@code wait-millis}, {@code max-stored-body-bytes},
 * {@code max-request-body-bytes}, {@code fail-open}. An unknown name or a bad value fails with an
 * {@link IllegalArgumentException} naming it as the user wrote it.
 */
public final class IdempotencyParameters {

    public static final String STORE = "store";
    public static final String TTL_SECONDS = "ttl-seconds";
    public static final String WAIT_MILLIS = "wait-millis";
    public static final String MAX_STORED_BODY_BYTES = "max-stored-body-bytes";
    public static final String MAX_REQUEST_BODY_BYTES = "max-request-body-bytes";
    public static final String FAIL_OPEN = "fail-open";
    public static final int DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;

    private static final Set<String> NAMES =
            Set.of(STORE, TTL_SECONDS, WAIT_MILLIS, MAX_STORED_BODY_BYTES, MAX_REQUEST_BODY_BYTES, FAIL_OPEN);

    /** What the parameters configure. */
    public record Settings(IdempotencyGuard guard, int maxRequestBodyBytes) {
    }

    private final String kind;
    private final String prefix;

    /**
     * Parameters of a {@code kind} (for messages: "BceIdempotencyFilter parameter"), whose names the
     * user writes with {@code prefix} in front ({@code bcekit.idempotency.} for properties).
     */
    public IdempotencyParameters(String kind, String prefix) {
        this.kind = kind;
        this.prefix = prefix;
    }

    /** {@code parameters} by their names without the prefix; without a {@code store}, in memory. */
    public Settings read(Map<String, String> parameters, ClassLoader classLoader) {
        return read(parameters, classLoader, InMemoryIdempotencyStore::withDefaults);
    }

    /** {@code parameters} by their names without the prefix; without a {@code store}, {@code defaultStore}'s. */
    public Settings read(Map<String, String> parameters, ClassLoader classLoader, Supplier<IdempotencyStore> defaultStore) {
        for (String name : parameters.keySet()) {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown " + kind + " '" + prefix + name + "'; known: "
                        + NAMES.stream().map(known -> prefix + known).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        String store = parameters.get(STORE);
        IdempotencyGuard.Builder guard = IdempotencyGuard.builder(store == null || store.isBlank()
                ? defaultStore.get()
                : ConfigParameters.instantiate(prefix + STORE, store.trim(), IdempotencyStore.class, classLoader));
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
                : DEFAULT_MAX_REQUEST_BODY_BYTES;
        return new Settings(guard.build(), maxBody);
    }

    private int number(String name, String value, int min) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Bad " + prefix + name + " '" + value + "'; use a whole number from " + min
                + " to " + Integer.MAX_VALUE);
    }

    private boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("Bad " + prefix + FAIL_OPEN + " '" + value
                    + "'; use true or false");
        };
    }
}
