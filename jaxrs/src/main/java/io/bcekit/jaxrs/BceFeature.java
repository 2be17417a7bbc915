package io.bcekit.jaxrs;

import io.bcekit.core.config.ApiVersions;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.internal.Attributes;
import io.bcekit.core.internal.ConfigParameters;
import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One registration for a Jakarta REST application: every failure in the JAX-RS layer becomes the
 * BCE envelope, and every response carries {@code x-bce-request-id}.
 *
 * <p>It registers, ahead of the runtime's and the JSON provider's own (priority {@value #PRIORITY}):
 * the request-id filter, first of all request filters; exception mappers for {@code BceException},
 * {@code WebApplicationException} and everything else, and, when their libraries are present, for
 * Jackson 2's, Jackson 3's and Bean Validation's failures, all translated by core's one table; a check that an
 * empty JSON body is {@code MalformedJSON}; an interceptor that lets {@code BceErrorFilter} abort a
 * response that failed mid-stream; {@link BceObjectMapperResolver} (unknown JSON properties
 * ignored) when Jackson 2 is present (Jackson 3 ignores them by default); and, when API versions are declared, a filter answering
 * {@code /v9/…} with {@code InvalidVersion}. The pieces work only together, so they are not public;
 * {@link #without(Part)} leaves out those an application may replace with its own.
 *
 * <p>Registered as a class ({@code register(BceFeature.class)}), it reads its settings from the
 * application's properties: {@code bcekit.request-id-policy}, {@code bcekit.request-id-generator},
 * {@code bcekit.mdc-key}, {@code bcekit.translation-rules}, {@code bcekit.error-listener} and
 * {@code bcekit.api-versions} (comma-separated, e.g. {@code v1,v2}), as the servlet filter's
 * init-params; paths are read relative to the application's base URI. An unknown {@code bcekit.*}
 * property fails at start-up ({@code bcekit.idempotency.*} are {@link BceIdempotencyFeature}'s).
 */
public final class BceFeature implements Feature {

    /** Priority of bcekit's mappers and interceptors: ahead of the defaults of runtimes and JSON providers. */
    public static final int PRIORITY = 100;

    static final String PROPERTY_PREFIX = "bcekit.";

    /** The parts an application may leave out, to register its own in their place. */
    public enum Part {
        /** The mappers for Jackson 2's and Jackson 3's parse, mapping and other failures. */
        JACKSON_MAPPERS,
        /** The mapper for Bean Validation's failures. */
        VALIDATION_MAPPER,
        /** {@link BceObjectMapperResolver}, which makes Jackson ignore unknown JSON properties. */
        OBJECT_MAPPER_RESOLVER,
        /** The check that a JSON body with no content is {@code MalformedJSON} rather than {@code null}. */
        EMPTY_JSON_BODY_CHECK,
        /** The interceptor that reports an entity failing mid-stream, so BceErrorFilter aborts the response. */
        FAILED_WRITE_INTERCEPTOR
    }

    private final BceErrorConfig config;
    private final ApiVersions apiVersions;
    private final Set<Part> left;

    /** Settings from the application's {@code bcekit.*} properties, defaults otherwise. */
    public BceFeature() {
        this(null, null, Set.of());
    }

    public BceFeature(BceErrorConfig config) {
        this(Objects.requireNonNull(config, "config"), null, Set.of());
    }

    /** {@code apiVersions} null: those of the configuration. */
    private BceFeature(BceErrorConfig config, ApiVersions apiVersions, Set<Part> left) {
        this.config = config;
        this.apiVersions = apiVersions;
        this.left = Set.copyOf(left);
    }

    /** Answers {@code /vN/…} for any version not listed with {@code InvalidVersion} (404). */
    public BceFeature withApiVersions(String... versions) {
        return new BceFeature(config, ApiVersions.of(versions), left);
    }

    /** Leaves {@code part} unregistered. */
    public BceFeature without(Part part) {
        Set<Part> more = EnumSet.noneOf(Part.class);
        more.addAll(left);
        more.add(Objects.requireNonNull(part, "part"));
        return new BceFeature(config, apiVersions, more);
    }

    /** The id of {@code request}, once bcekit (this feature or BceErrorFilter outside it) has assigned one. */
    public static Optional<String> requestIdOf(ContainerRequestContext request) {
        return request.getProperty(Attributes.REQUEST_ID) instanceof String id ? Optional.of(id) : Optional.empty();
    }

    @Override
    public boolean configure(FeatureContext context) {
        Map<String, String> properties = bcekitProperties(context.getConfiguration().getProperties());
        BceErrorConfig effective = config != null ? config : ConfigParameters.read(properties, ApplicationProperties.classLoader());
        ApiVersions versions = apiVersions != null ? apiVersions : effective.apiVersions();
        FailureTranslator translator = effective.translator();

        context.register(new RequestIdFilter(effective), RequestIdFilter.PRIORITY);
        if (!versions.equals(ApiVersions.ANY)) {
            context.register(new ApiVersionFilter(versions), PRIORITY + 1);
        }
        context.register(new BceExceptionMapper(translator), PRIORITY);
        context.register(new WebApplicationExceptionMapper(translator), PRIORITY);
        context.register(new ThrowableMapper(translator), PRIORITY);
        register(context, Part.FAILED_WRITE_INTERCEPTOR, FailedWriteInterceptor::new, PRIORITY);
        register(context, Part.EMPTY_JSON_BODY_CHECK, EmptyJsonBodyInterceptor::new, PRIORITY);
        if (present("com.fasterxml.jackson.databind.JsonMappingException")) {
            register(context, Part.JACKSON_MAPPERS, () -> new JacksonParseExceptionMapper(translator), PRIORITY);
            register(context, Part.JACKSON_MAPPERS, () -> new JacksonMappingExceptionMapper(translator), PRIORITY);
            register(context, Part.JACKSON_MAPPERS, () -> new JacksonProcessingExceptionMapper(translator), PRIORITY);
            register(context, Part.OBJECT_MAPPER_RESOLVER, BceObjectMapperResolver::new,
                    BceObjectMapperResolver.PRIORITY);
        }
        if (present("tools.jackson.databind.DatabindException")) {
            register(context, Part.JACKSON_MAPPERS, () -> new Jackson3StreamReadExceptionMapper(translator), PRIORITY);
            register(context, Part.JACKSON_MAPPERS, () -> new Jackson3DatabindExceptionMapper(translator), PRIORITY);
            register(context, Part.JACKSON_MAPPERS, () -> new Jackson3ExceptionMapper(translator), PRIORITY);
        }
        if (present("jakarta.validation.ValidationException")) {
            register(context, Part.VALIDATION_MAPPER, () -> new ValidationExceptionMapper(translator), PRIORITY);
        }
        return true;
    }

    /** A supplier, so a part left out is never even loaded (its library may be absent). */
    private void register(FeatureContext context, Part part, Supplier<Object> component, int priority) {
        if (!left.contains(part)) {
            context.register(component.get(), priority);
        }
    }

    /** The {@code bcekit.*} properties but {@code bcekit.idempotency.*}, which BceIdempotencyFeature checks. */
    private static Map<String, String> bcekitProperties(Map<String, Object> all) {
        Map<String, String> found = ApplicationProperties.under(PROPERTY_PREFIX, all);
        found.keySet().removeIf(name -> (PROPERTY_PREFIX + name).startsWith(BceIdempotencyFeature.PROPERTY_PREFIX));
        return found;
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
