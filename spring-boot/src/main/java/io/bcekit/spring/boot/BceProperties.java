package io.bcekit.spring.boot;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.ErrorListener;
import io.bcekit.core.internal.ConfigParameters;
import io.bcekit.core.requestid.RequestIdGenerator;
import io.bcekit.core.requestid.RequestIdPolicy;
import io.bcekit.core.translation.FailureTranslator;
import io.bcekit.core.translation.TranslationRules;
import java.util.ArrayList;
import java.util.List;
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
        BceErrorConfig config = BceErrorConfig.defaults().withRequestIdPolicy(requestIdPolicy);
        if (requestIdGenerator != null && !requestIdGenerator.isBlank()) {
            config = config.withRequestIdGenerator(ConfigParameters.instantiate("bcekit.request-id-generator",
                    requestIdGenerator.trim(), RequestIdGenerator.class, classLoader));
        }
        try {
            config = config.withMdcKey(mdcKey);
        } catch (IllegalArgumentException | NullPointerException blank) {
            throw new IllegalArgumentException("Bad bcekit.mdc-key: it must not be blank", blank);
        }
        if (!translationRules.isEmpty()) {
            FailureTranslator.Builder translator = FailureTranslator.builder();
            for (String className : translationRules) {
                if (!className.isBlank()) {
                    translator.apply(ConfigParameters.instantiate("bcekit.translation-rules", className.trim(),
                            TranslationRules.class, classLoader));
                }
            }
            config = config.withTranslator(translator.build());
        }
        if (errorListener != null && !errorListener.isBlank()) {
            config = config.withErrorListener(ConfigParameters.instantiate("bcekit.error-listener",
                    errorListener.trim(), ErrorListener.class, classLoader));
        }
        return config;
    }
}
