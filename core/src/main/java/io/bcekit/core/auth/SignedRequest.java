package io.bcekit.core.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as received, in the form bce-auth-v1 verification needs it.
 *
 * <p>The path and query are the <em>raw</em> request-target parts, percent-encoded exactly as on
 * the wire: a framework's decoded or normalised path would verify the wrong bytes. Header names
 * may come in any letter case; they are kept trimmed and lower-cased. There is no body: bce-auth-v1
 * does not sign it (only {@code Content-Length} and {@code Content-Type}), so verifying never
 * needs to read or buffer it.
 */
public final class SignedRequest {

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;

    private SignedRequest(Builder builder) {
        this.method = builder.method;
        this.rawPath = builder.rawPath;
        this.rawQuery = builder.rawQuery == null || builder.rawQuery.isEmpty() ? null : builder.rawQuery;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Map.copyOf(copy);
    }

    /** A builder for a request with {@code method} (e.g. {@code PUT}) and the raw {@code rawPath}. */
    public static Builder builder(String method, String rawPath) {
        return new Builder(method, rawPath);
    }

    /**
     * The request with these parts; {@code rawQuery} is null (or empty) when there is none, and
     * {@code headers} maps names in any case to their values.
     */
    public static SignedRequest of(String method, String rawPath, String rawQuery,
            Map<String, ? extends Collection<String>> headers) {
        return builder(method, rawPath).query(rawQuery).headers(headers).build();
    }

    /** The HTTP method as received; bce-auth-v1 signs it as is (the SDK sends upper case). */
    public String method() {
        return method;
    }

    /** The path exactly as on the wire, e.g. {@code /v1/eip/240c%3A4081%3A%3A1}. */
    public String rawPath() {
        return rawPath;
    }

    /** The query string exactly as on the wire, without the {@code ?}; empty when there is none. */
    public Optional<String> rawQuery() {
        return Optional.ofNullable(rawQuery);
    }

    /** Every header, keyed by trimmed lower-case name, in arrival order per name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The values of header {@code name} (any case); empty when absent. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(normalise(Objects.requireNonNull(name, "name")), List.of());
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Collects the parts of a {@link SignedRequest}. Not thread-safe; {@link #build()} copies. */
    public static final class Builder {

        private final String method;
        private final String rawPath;
        private String rawQuery;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();

        private Builder(String method, String rawPath) {
            this.method = Objects.requireNonNull(method, "method");
            this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
            if (method.isEmpty()) {
                throw new IllegalArgumentException("An HTTP method cannot be empty");
            }
        }

        /** The raw query string without {@code ?}; null or empty for none. */
        public Builder query(String rawQuery) {
            this.rawQuery = rawQuery;
            return this;
        }

        /**
         * Adds one value of header {@code name}; a repeated name collects its values in order. A
         * name that trims to nothing is dropped rather than refused: it can never be signed, and
         * whatever a container hands over must not fail here.
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(value, "value");
            String key = normalise(Objects.requireNonNull(name, "name"));
            if (!key.isEmpty()) {
                headers.computeIfAbsent(key, ignored -> new ArrayList<>(1)).add(value);
            }
            return this;
        }

        /** Adds every value of every header in {@code headers} (names in any case). */
        public Builder headers(Map<String, ? extends Collection<String>> headers) {
            Objects.requireNonNull(headers, "headers").forEach((name, values) -> {
                Objects.requireNonNull(values, "values").forEach(value -> header(name, value));
            });
            return this;
        }

        public SignedRequest build() {
            return new SignedRequest(this);
        }
    }
}
