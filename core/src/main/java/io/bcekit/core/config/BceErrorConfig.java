package io.bcekit.core.config;

import io.bcekit.core.requestid.RandomUuidGenerator;
import io.bcekit.core.requestid.RequestIdGenerator;
import io.bcekit.core.requestid.RequestIdPolicy;
import io.bcekit.core.requestid.RequestIds;
import io.bcekit.core.translation.FailureTranslator;
import java.util.Objects;

/**
 * Everything an adapter needs to answer failures: request-id policy and generator, MDC key,
 * translation table, failure log, error listener and the API versions served. Immutable; each
 * {@code withX} returns a changed copy.
 * Adapters also read one from string parameters ({@code web.xml} init-params, {@code bcekit.*}
 * properties) with the same names as the {@code withX} methods, e.g. {@code request-id-policy}.
 */
public final class BceErrorConfig {

    /** The default SLF4J MDC key holding the request id. */
    public static final String DEFAULT_MDC_KEY = "requestId";

    private final RequestIdPolicy requestIdPolicy;
    private final RequestIdGenerator requestIdGenerator;
    private final String mdcKey;
    private final FailureTranslator translator;
    private final FailureLog failureLog;
    private final ErrorListener errorListener;
    private final ApiVersions apiVersions;

    private BceErrorConfig(RequestIdPolicy requestIdPolicy, RequestIdGenerator requestIdGenerator, String mdcKey,
            FailureTranslator translator, FailureLog failureLog, ErrorListener errorListener, ApiVersions apiVersions) {
        this.requestIdPolicy = Objects.requireNonNull(requestIdPolicy, "requestIdPolicy");
        this.requestIdGenerator = Objects.requireNonNull(requestIdGenerator, "requestIdGenerator");
        this.mdcKey = requireMdcKey(mdcKey);
        this.translator = Objects.requireNonNull(translator, "translator");
        this.failureLog = Objects.requireNonNull(failureLog, "failureLog");
        this.errorListener = Objects.requireNonNull(errorListener, "errorListener");
        this.apiVersions = Objects.requireNonNull(apiVersions, "apiVersions");
    }

    /**
     * Accept valid incoming ids, random UUIDs, MDC key {@code requestId}, built-in table, SLF4J log,
     * no listener, any API version.
     */
    public static BceErrorConfig defaults() {
        return new BceErrorConfig(RequestIdPolicy.ACCEPT_VALID, new RandomUuidGenerator(), DEFAULT_MDC_KEY,
                FailureTranslator.defaults(), new Slf4jFailureLog(), ErrorListener.NONE,
                ApiVersions.ANY);
    }

    public BceErrorConfig withRequestIdPolicy(RequestIdPolicy policy) {
        return new BceErrorConfig(policy, requestIdGenerator, mdcKey, translator, failureLog, errorListener,
                apiVersions);
    }

    public BceErrorConfig withRequestIdGenerator(RequestIdGenerator generator) {
        return new BceErrorConfig(requestIdPolicy, generator, mdcKey, translator, failureLog, errorListener,
                apiVersions);
    }

    public BceErrorConfig withMdcKey(String key) {
        return new BceErrorConfig(requestIdPolicy, requestIdGenerator, key, translator, failureLog, errorListener,
                apiVersions);
    }

    public BceErrorConfig withTranslator(FailureTranslator failureTranslator) {
        return new BceErrorConfig(requestIdPolicy, requestIdGenerator, mdcKey, failureTranslator, failureLog,
                errorListener, apiVersions);
    }

    public BceErrorConfig withFailureLog(FailureLog log) {
        return new BceErrorConfig(requestIdPolicy, requestIdGenerator, mdcKey, translator, log, errorListener,
                apiVersions);
    }

    /** {@code listener} is told of every error answer; {@link ErrorListener#NONE} (the default) for none. */
    public BceErrorConfig withErrorListener(ErrorListener listener) {
        return new BceErrorConfig(requestIdPolicy, requestIdGenerator, mdcKey, translator, failureLog, listener,
                apiVersions);
    }

    /** Paths naming a version not served are {@code InvalidVersion}; {@link ApiVersions#ANY} (default): no check. */
    public BceErrorConfig withApiVersions(ApiVersions versions) {
        return new BceErrorConfig(requestIdPolicy, requestIdGenerator, mdcKey, translator, failureLog, errorListener,
                versions);
    }

    public RequestIdPolicy requestIdPolicy() {
        return requestIdPolicy;
    }

    public RequestIdGenerator requestIdGenerator() {
        return requestIdGenerator;
    }

    public String mdcKey() {
        return mdcKey;
    }

    public FailureTranslator translator() {
        return translator;
    }

    public FailureLog failureLog() {
        return failureLog;
    }

    public ErrorListener errorListener() {
        return errorListener;
    }

    public ApiVersions apiVersions() {
        return apiVersions;
    }

    /** The id for a request that arrived with header value {@code incoming} (null when absent). */
    public String requestIdFor(String incoming) {
        return RequestIds.resolve(incoming, requestIdPolicy, requestIdGenerator);
    }

    private static String requireMdcKey(String key) {
        Objects.requireNonNull(key, "mdcKey");
        if (key.isBlank()) {
            throw new IllegalArgumentException("The MDC key must not be blank");
        }
        return key;
    }
}
