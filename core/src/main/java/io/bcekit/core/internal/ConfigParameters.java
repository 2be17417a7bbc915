package io.bcekit.core.internal;

import io.bcekit.core.config.ApiVersions;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.ErrorListener;
import io.bcekit.core.requestid.RequestIdGenerator;
import io.bcekit.core.requestid.RequestIdPolicy;
import io.bcekit.core.translation.FailureTranslator;
import io.bcekit.core.translation.TranslationRules;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a {@link BceErrorConfig} from string parameters. Names:
 * <ul>
 *   <li>{@code request-id-policy}: {@code accept-valid} (default) or {@code always-generate};</li>
 *   <li>{@code request-id-generator}: class name of a {@link RequestIdGenerator};</li>
 *   <li>{@code mdc-key}: the SLF4J MDC key (default {@code requestId});</li>
 *   <li>{@code translation-rules}: comma-separated class names of {@link TranslationRules};</li>
 *   <li>{@code error-listener}: class name of an {@link ErrorListener};</li>
 *   <li>{@code api-versions}: comma-separated {@link ApiVersions} served, e.g. {@code v1,v2}.</li>
 * </ul>
 * An unknown name or a bad value fails with an {@link IllegalArgumentException} naming it.
 */
public final class ConfigParameters {

    public static final String REQUEST_ID_POLICY = "request-id-policy";
    public static final String REQUEST_ID_GENERATOR = "request-id-generator";
    public static final String MDC_KEY = "mdc-key";
    public static final String TRANSLATION_RULES = "translation-rules";
    public static final String ERROR_LISTENER = "error-listener";
    public static final String API_VERSIONS = "api-versions";

    private static final Set<String> NAMES = Set.of(REQUEST_ID_POLICY, REQUEST_ID_GENERATOR, MDC_KEY, TRANSLATION_RULES,
            ERROR_LISTENER, API_VERSIONS);

    private ConfigParameters() {
    }

    public static BceErrorConfig read(Map<String, String> parameters, ClassLoader classLoader) {
        return read(parameters, classLoader, "");
    }

    /**
     * As {@link #read(Map, ClassLoader)}, for names the user writes with {@code prefix} in front
     * (Spring Boot's {@code bcekit.}): messages name them so.
     */
    public static BceErrorConfig read(Map<String, String> parameters, ClassLoader classLoader, String prefix) {
        for (String name : parameters.keySet()) {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown bcekit parameter '" + prefix + name + "'; known parameters: "
                        + NAMES.stream().map(known -> prefix + known).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        BceErrorConfig config = BceErrorConfig.defaults();
        String policy = parameters.get(REQUEST_ID_POLICY);
        if (policy != null) {
            config = config.withRequestIdPolicy(policy(policy.trim(), prefix));
        }
        String generator = parameters.get(REQUEST_ID_GENERATOR);
        if (generator != null) {
            config = config.withRequestIdGenerator(instantiate(prefix + REQUEST_ID_GENERATOR, generator.trim(),
                    RequestIdGenerator.class, classLoader));
        }
        String mdcKey = parameters.get(MDC_KEY);
        if (mdcKey != null) {
            config = config.withMdcKey(mdcKey.trim());
        }
        String rules = parameters.get(TRANSLATION_RULES);
        if (rules != null) {
            FailureTranslator.Builder translator = FailureTranslator.builder();
            for (String className : rules.split(",")) {
                if (!className.isBlank()) {
                    translator.apply(instantiate(prefix + TRANSLATION_RULES, className.trim(), TranslationRules.class,
                            classLoader));
                }
            }
            config = config.withTranslator(translator.build());
        }
        String listener = parameters.get(ERROR_LISTENER);
        if (listener != null) {
            config = config.withErrorListener(instantiate(prefix + ERROR_LISTENER, listener.trim(), ErrorListener.class,
                    classLoader));
        }
        String versions = parameters.get(API_VERSIONS);
        if (versions != null) {
            config = config.withApiVersions(apiVersions(versions, prefix));
        }
        return config;
    }

    private static ApiVersions apiVersions(String list, String prefix) {
        try {
            return ApiVersions.parse(list);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad " + prefix + API_VERSIONS + ": " + e.getMessage(), e);
        }
    }

    private static RequestIdPolicy policy(String value, String prefix) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "accept-valid" -> RequestIdPolicy.ACCEPT_VALID;
            case "always-generate" -> RequestIdPolicy.ALWAYS_GENERATE;
            default -> throw new IllegalArgumentException("Bad " + prefix + REQUEST_ID_POLICY + " '" + value
                    + "'; use accept-valid or always-generate");
        };
    }

    /**
     * A new {@code type} from class {@code className} (loaded by {@code classLoader}) through its
     * public no-argument constructor, for any adapter parameter that names a class; every way it
     * can fail is an {@link IllegalArgumentException} naming {@code parameter}.
     */
    public static <T> T instantiate(String parameter, String className, Class<T> type, ClassLoader classLoader) {
        try {
            Class<?> found = Class.forName(className, true, classLoader);
            if (!type.isAssignableFrom(found)) {
                throw new IllegalArgumentException("Bad " + parameter + ": " + className + " is not a "
                        + type.getName());
            }
            return type.cast(found.getConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Bad " + parameter + ": class " + className + " not found", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Bad " + parameter + ": cannot instantiate " + className
                    + " through a public no-argument constructor (" + e + ")", e);
        }
    }
}
