package io.bcekit.jaxrs;

import io.bcekit.core.BceErrorConfig;
import io.bcekit.core.FailureTranslator;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One registration for a Jakarta REST application: every failure in the JAX-RS layer becomes the
 * BCE envelope, and every response carries {@code x-bce-request-id}.
 *
 * <p>Registers {@link RequestIdFilter}, the exception mappers ({@link BceExceptionMapper},
 * {@link WebApplicationExceptionMapper}, {@link ThrowableMapper}, and, when their libraries are
 * present, {@link JacksonParseExceptionMapper}, {@link JacksonMappingExceptionMapper},
 * {@link JacksonProcessingExceptionMapper} and {@link ValidationExceptionMapper}) at priority
 * {@value #PRIORITY}, ahead of the runtime's and the JSON provider's own;
 * {@link FailedWriteInterceptor}; {@link BceObjectMapperResolver} (unknown JSON properties
 * ignored) when Jackson is present; and {@link ApiVersionFilter} when API versions are declared.
 * Each piece also works registered alone; {@link #without(Class)} leaves one out so the
 * application can register its own.
 *
 * <p>Registered as a class ({@code register(BceFeature.class)}), it reads its settings from the
 * application's properties: {@code bcekit.request-id-policy}, {@code bcekit.request-id-generator},
 * {@code bcekit.mdc-key}, {@code bcekit.translation-rules} (as the servlet filter's init-params) and
 * {@code bcekit.api-versions} (comma-separated, e.g. {@code v1,v2}).
 */
public final class BceFeature implements Feature {

    /** Priority of every bcekit provider: ahead of the defaults of runtimes and JSON providers. */
    public static final int PRIORITY = 100;

    static final String PROPERTY_PREFIX = "bcekit.";
    static final String API_VERSIONS = "api-versions";

    private final BceErrorConfig config;
    private final Set<String> apiVersions;
    private final Set<Class<?>> excluded;

    /** Settings from the application's {@code bcekit.*} properties, defaults otherwise. */
    public BceFeature() {
        this(null, Set.of(), Set.of());
    }

    public BceFeature(BceErrorConfig config) {
        this(Objects.requireNonNull(config, "config"), Set.of(), Set.of());
    }

    private BceFeature(BceErrorConfig config, Set<String> apiVersions, Set<Class<?>> excluded) {
        this.config = config;
        this.apiVersions = Set.copyOf(apiVersions);
        this.excluded = Set.copyOf(excluded);
    }

    /** Answers {@code /vN/…} for any version not listed with {@code InvalidVersion} (404). */
    public BceFeature withApiVersions(String... versions) {
        return new BceFeature(config, Set.of(versions), excluded);
    }

    /** Leaves {@code component} (one of this package's filters or mappers) unregistered. */
    public BceFeature without(Class<?> component) {
        Set<Class<?>> more = new HashSet<>(excluded);
        more.add(Objects.requireNonNull(component, "component"));
        return new BceFeature(config, apiVersions, more);
    }

    @Override
    public boolean configure(FeatureContext context) {
        Map<String, String> properties = bcekitProperties(context.getConfiguration().getProperties());
        Set<String> versions = apiVersions.isEmpty() ? versions(properties.remove(API_VERSIONS)) : apiVersions;
        BceErrorConfig effective = config != null ? config
                : BceErrorConfig.fromParameters(properties, classLoader());
        FailureTranslator translator = effective.translator();

        register(context, RequestIdFilter.class, () -> new RequestIdFilter(effective));
        if (!versions.isEmpty()) {
            register(context, ApiVersionFilter.class, () -> new ApiVersionFilter(versions));
        }
        register(context, FailedWriteInterceptor.class, FailedWriteInterceptor::new);
        register(context, BceExceptionMapper.class, () -> new BceExceptionMapper(translator));
        register(context, WebApplicationExceptionMapper.class, () -> new WebApplicationExceptionMapper(translator));
        register(context, ThrowableMapper.class, () -> new ThrowableMapper(translator));
        if (present("com.fasterxml.jackson.databind.JsonMappingException")) {
            register(context, JacksonParseExceptionMapper.class, () -> new JacksonParseExceptionMapper(translator));
            register(context, JacksonMappingExceptionMapper.class,
                    () -> new JacksonMappingExceptionMapper(translator));
            register(context, JacksonProcessingExceptionMapper.class,
                    () -> new JacksonProcessingExceptionMapper(translator));
            if (!excluded.contains(BceObjectMapperResolver.class)) {
                context.register(new BceObjectMapperResolver(), BceObjectMapperResolver.PRIORITY);
            }
        }
        if (present("jakarta.validation.ValidationException")) {
            register(context, ValidationExceptionMapper.class, () -> new ValidationExceptionMapper(translator));
        }
        return true;
    }

    private void register(FeatureContext context, Class<?> type, Supplier<Object> component) {
        if (!excluded.contains(type)) {
            context.register(component.get(), PRIORITY);
        }
    }

    private static Map<String, String> bcekitProperties(Map<String, Object> all) {
        Map<String, String> found = new LinkedHashMap<>();
        all.forEach((name, value) -> {
            if (name.startsWith(PROPERTY_PREFIX) && value != null) {
                found.put(name.substring(PROPERTY_PREFIX.length()), value.toString());
            }
        });
        return found;
    }

    private static Set<String> versions(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(List.of(list.split(",")).stream().map(String::trim).filter(v -> !v.isEmpty())
                .toList());
    }

    private static ClassLoader classLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : BceFeature.class.getClassLoader();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, BceFeature.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
