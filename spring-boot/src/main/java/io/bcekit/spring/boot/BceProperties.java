package io.bcekit.spring.boot;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.internal.ConfigParameters;
import io.bcekit.core.internal.IdempotencyParameters;
import io.bcekit.core.requestid.RequestIdPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code bcekit.*} application properties: the settings of {@code BceErrorFilter}'s
 * init-params, under the same names. A {@code bcekit.*} property not listed here stops the
 * application from starting ({@code ignoreUnknownFields = false}), so a misspelling cannot pass
 * for a default.
 */
@ConfigurationProperties(prefix = "bcekit", ignoreUnknownFields = false)
public class BceProperties {

    /** Whether a valid incoming x-bce-request-id is reused (accept-valid) or ignored (always-generate). */
    private RequestIdPolicy requestIdPolicy = RequestIdPolicy.ACCEPT_VALID;

    /** Class name of a RequestIdGenerator with a public no-argument constructor; random UUIDs when unset. */
    private String requestIdGenerator;

    /** The SLF4J MDC key that holds the request id while a request is served. */
    private String mdcKey = "requestId"; // BceErrorConfig.DEFAULT_MDC_KEY, spelled out for the metadata

    /** Class names of TranslationRules (public no-argument constructors) added to the built-in table, in order. */
    private List<String> translationRules = new ArrayList<>();

    /**
     * Class name of an ErrorListener with a public no-argument constructor, told of every error
     * answer. Unset: errors are counted in the application's MeterRegistry when it has one and
     * bcekit-micrometer is on the class path.
     */
    private String errorListener;

    /** API versions served, e.g. v1: a path naming another (/v9/...) is InvalidVersion (404). Empty: no check. */
    private List<String> apiVersions = new ArrayList<>();

    public RequestIdPolicy getRequestIdPolicy() {
        return requestIdPolicy;
    }

    public void setRequestIdPolicy(RequestIdPolicy requestIdPolicy) {
        this.requestIdPolicy = requestIdPolicy;
    }

    public String getRequestIdGenerator() {
        return requestIdGenerator;
    }

    public void setRequestIdGenerator(String requestIdGenerator) {
        this.requestIdGenerator = requestIdGenerator;
    }

    public String getMdcKey() {
        return mdcKey;
    }

    public void setMdcKey(String mdcKey) {
        this.mdcKey = mdcKey;
    }

    public List<String> getTranslationRules() {
        return translationRules;
    }

    public void setTranslationRules(List<String> translationRules) {
        this.translationRules = translationRules;
    }

    /** {@code bcekit.idempotency.*}: clientToken idempotency (BceIdempotencyFilter). */
    private final Idempotency idempotency = new Idempotency();

    /** {@code bcekit.redis.*}: the Redis that keeps client tokens (bcekit-redis), as its system properties name it. */
    private final Redis redis = new Redis();

    public Redis getRedis() {
        return redis;
    }

    /** Where client tokens live when several instances share them: a RedisIdempotencyStore, made when {@code uri} is set. */
    public static class Redis {

        /** Redis URI, e.g. redis://10.0.0.5:6379/0; with cluster, comma-separated seed nodes. Set, it switches idempotency on. */
        private String uri;

        /** Prefix of every key the store writes. */
        private String prefix = "bcekit:idempotency:";

        /** Whether uri names nodes of a Redis Cluster. */
        private boolean cluster;

        public String getUri() {
            return uri;
        }

        public void setUri(String uri) {
            this.uri = uri;
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public boolean isCluster() {
            return cluster;
        }

        public void setCluster(boolean cluster) {
            this.cluster = cluster;
        }
    }

    public Idempotency getIdempotency() {
        return idempotency;
    }

    /**
     * The idempotency filter's settings, named as its init-params. It is on when {@code enabled} is
     * true or the application declares an IdempotencyStore bean (which then holds the tokens unless
     * {@code store} names a class).
     */
    public static class Idempotency {

        /** Guard POST, PUT, DELETE and PATCH requests carrying a clientToken (also on with an IdempotencyStore bean). */
        private boolean enabled;

        /**
         * Class name of an IdempotencyStore with a public no-argument constructor; the store bean,
         * else the application's Redis (Spring Data Redis with Lettuce), else in memory (64 MiB).
         */
        private String store;

        /** How long a completed answer is kept for retries, in seconds. */
        private Integer ttlSeconds = 86400;

        /** How long a duplicate waits for the first request's outcome, in milliseconds. */
        private Integer waitMillis = 5000;

        /** The largest answer body kept for replay, in bytes. */
        private Integer maxStoredBodyBytes = 1048576;

        /** The largest request body read under a token, in bytes (above: EntityTooLarge). */
        private Integer maxRequestBodyBytes = 1048576;

        /** Run requests unguarded when the store fails, instead of answering 503. */
        private boolean failOpen;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getStore() {
            return store;
        }

        public void setStore(String store) {
            this.store = store;
        }

        public Integer getTtlSeconds() {
            return ttlSeconds;
        }

        public void setTtlSeconds(Integer ttlSeconds) {
            this.ttlSeconds = ttlSeconds;
        }

        public Integer getWaitMillis() {
            return waitMillis;
        }

        public void setWaitMillis(Integer waitMillis) {
            this.waitMillis = waitMillis;
        }

        public Integer getMaxStoredBodyBytes() {
            return maxStoredBodyBytes;
        }

        public void setMaxStoredBodyBytes(Integer maxStoredBodyBytes) {
            this.maxStoredBodyBytes = maxStoredBodyBytes;
        }

        public Integer getMaxRequestBodyBytes() {
            return maxRequestBodyBytes;
        }

        public void setMaxRequestBodyBytes(Integer maxRequestBodyBytes) {
            this.maxRequestBodyBytes = maxRequestBodyBytes;
        }

        public boolean isFailOpen() {
            return failOpen;
        }

        public void setFailOpen(boolean failOpen) {
            this.failOpen = failOpen;
        }

        /** As the init-params core's parser reads, so that values are checked and named the same way. */
        Map<String, String> asParameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (store != null && !store.isBlank()) {
                parameters.put(IdempotencyParameters.STORE, store);
            }
            parameters.put(IdempotencyParameters.TTL_SECONDS, String.valueOf(ttlSeconds));
            parameters.put(IdempotencyParameters.WAIT_MILLIS, String.valueOf(waitMillis));
            parameters.put(IdempotencyParameters.MAX_STORED_BODY_BYTES, String.valueOf(maxStoredBodyBytes));
            parameters.put(IdempotencyParameters.MAX_REQUEST_BODY_BYTES, String.valueOf(maxRequestBodyBytes));
            parameters.put(IdempotencyParameters.FAIL_OPEN, String.valueOf(failOpen));
            return parameters;
        }
    }

    public List<String> getApiVersions() {
        return apiVersions;
    }

    public void setApiVersions(List<String> apiVersions) {
        this.apiVersions = apiVersions;
    }

    public String getErrorListener() {
        return errorListener;
    }

    public void setErrorListener(String errorListener) {
        this.errorListener = errorListener;
    }

    /**
     * The configuration these properties describe; classes are loaded by {@code classLoader}. A bad
     * value fails with an {@link IllegalArgumentException} naming its property.
     */
    BceErrorConfig toConfig(ClassLoader classLoader) {
        if (mdcKey == null || mdcKey.isBlank()) {
            throw new IllegalArgumentException("Bad bcekit.mdc-key: it must not be blank");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ConfigParameters.REQUEST_ID_POLICY, requestIdPolicy.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        parameters.put(ConfigParameters.MDC_KEY, mdcKey);
        if (requestIdGenerator != null && !requestIdGenerator.isBlank()) {
            parameters.put(ConfigParameters.REQUEST_ID_GENERATOR, requestIdGenerator);
        }
        if (!translationRules.isEmpty()) {
            parameters.put(ConfigParameters.TRANSLATION_RULES, String.join(",", translationRules));
        }
        if (errorListener != null && !errorListener.isBlank()) {
            parameters.put(ConfigParameters.ERROR_LISTENER, errorListener);
        }
        if (!apiVersions.isEmpty()) {
            parameters.put(ConfigParameters.API_VERSIONS, String.join(",", apiVersions));
        }
        return ConfigParameters.read(parameters, classLoader, "bcekit.");
    }
}
