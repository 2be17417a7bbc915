package io.bcekit.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    private SignedRequest(Builder builder, Map<String, List<String>> headers) {
        this.method = builder.method;
        this.rawPath = builder.rawPath;
        this.rawQuery = builder.rawQuery == null || builder.rawQuery.isEmpty() ? null : builder.rawQuery;
        this.headers = Collections.unmodifiableMap(headers);
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
        return headers.getOrDefault(HeaderNames.normalise(Objects.requireNonNull(name, "name")), List.of());
    }

    /**
     * Collects the parts of a {@link SignedRequest}. Not thread-safe. {@link #build()} hands its
     * header map to the request and copies it only if this builder is used again afterwards: an
     * adapter builds once per request, so the usual request costs one map, not two.
     */
    public static final class Builder {

        private final String method;
        private final String rawPath;
        private String rawQuery;
        /** Values are immutable lists, except an {@code ArrayList} this builder alone holds for a repeated name. */
        private Map<String, List<String>> headers = new LinkedHashMap<>();
        /** Whether a built request owns {@link #headers}, so it must be copied before any change. */
        private boolean headersShared;

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
            String key = HeaderNames.normalise(Objects.requireNonNull(name, "name"));
            if (key.isEmpty()) {
                return this;
            }
            if (headersShared) {
                headers = new LinkedHashMap<>(headers); // the built request keeps the old map
                headersShared = false;
            }
            List<String> values = headers.get(key);
            if (values == null) {
                headers.put(key, List.of(value)); // most names come once: no ArrayList for them
            } else if (values instanceof ArrayList) {
                values.add(value);
            } else {
                List<String> repeated = new ArrayList<>(values);
                repeated.add(value);
                headers.put(key, repeated);
            }
            return this;
        }

        /** Adds every value of every header in {@code headers} (names in any case). */
        public Builder headers(Map<String, ? extends Collection<String>> headers) {
            for (Map.Entry<String, ? extends Collection<String>> header : Objects.requireNonNull(headers, "headers")
                    .entrySet()) {
                for (String value : Objects.requireNonNull(header.getValue(), "values")) {
                    header(header.getKey(), value);
                }
            }
            return this;
        }

        public SignedRequest build() {
            if (!headersShared) { // a request built before owns the map: leave it untouched
                headers.replaceAll((name, values) -> List.copyOf(values)); // copies only a repeated name's list
                headersShared = true;
            }
            return new SignedRequest(this, headers);
        }
    }
}
