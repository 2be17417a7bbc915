package io.bcekit.spring.boot;

import io.bcekit.auth.Authorizer;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BceAuthVerifierBuilder;
import io.bcekit.auth.CredentialSource;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.ErrorListener;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.core.internal.IdempotencyParameters;
import io.bcekit.micrometer.MicrometerErrorListener;
import io.bcekit.redis.RedisIdempotencyStore;
import io.bcekit.servlet.BceAuthFilter;
import io.bcekit.servlet.BceErrorFilter;
import io.bcekit.servlet.BceIdempotencyFilter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a Spring Boot servlet application the BCE envelope: {@link BceErrorFilter} in front of
 * everything, {@link BceHandlerExceptionResolver} ahead of Spring MVC's status and default resolvers
 * (after the application's {@code @ExceptionHandler} methods), and Boot's
 * error page controller replaced by a stand-in ({@link ErrorControllerStandIn}), so no failure
 * reaches the client as a Whitelabel page or Boot's JSON; bce-auth-v1 when the application declares
 * a CredentialSource; clientToken idempotency when it declares an IdempotencyStore or enables it.
 * Settings: {@link BceProperties}. Each bean backs off when the application defines its own.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(BceErrorFilter.class)
@EnableConfigurationProperties(BceProperties.class)
@Import(ErrorControllerStandIn.class)
public class BceAutoConfiguration implements BeanClassLoaderAware {

    private static final Duration REDIS_COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /**
     * Just inside Spring's ServerHttpObservationFilter (HIGHEST_PRECEDENCE + 1), so that metrics
     * and traces record the status the client got; outside it, the observation filter would see
     * the failure first and record 500 whatever the answer. Ahead of every other filter.
     */
    static final int ERROR_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;
    private static final int AUTH_ORDER = ERROR_FILTER_ORDER + 1;
    private static final int IDEMPOTENCY_ORDER = ERROR_FILTER_ORDER + 2;
    private static final IdempotencyParameters IDEMPOTENCY_PROPERTIES =
            new IdempotencyParameters("bcekit property", "bcekit.idempotency.");

    private ClassLoader classLoader = BceAutoConfiguration.class.getClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader beanClassLoader) {
        this.classLoader = beanClassLoader;
    }

    /** From the properties; an {@link ErrorListener} bean is told of every error unless {@code bcekit.error-listener} names one. */
    @Bean
    @ConditionalOnMissingBean
    BceErrorConfig bceErrorConfig(BceProperties properties, ObjectProvider<ErrorListener> listeners) {
        BceErrorConfig config = properties.toConfig(classLoader);
        ErrorListener listener = listeners.getIfUnique();
        return listener == null || properties.getErrorListener() != null ? config : config.withErrorListener(listener);
    }

    /**
     * The idempotency store on Redis when {@code bcekit.redis.uri} is set and bcekit-redis is on the
     * class path; as a store bean, it also switches idempotency on. Closed with the application.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.bcekit.redis.RedisIdempotencyStore")
    static class RedisStore {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(IdempotencyStore.class)
        @ConditionalOnProperty(prefix = "bcekit.redis", name = "uri")
        RedisIdempotencyStore bceRedisIdempotencyStore(BceProperties properties) {
            BceProperties.Redis redis = properties.getRedis();
            if (!redis.isCluster()) {
                return new RedisIdempotencyStore(redis.getUri().trim(), redis.getPrefix());
            }
            return RedisIdempotencyStore.cluster(Arrays.stream(redis.getUri().split(",")).map(String::trim)
                    .filter(uri -> !uri.isEmpty()).toList(), redis.getPrefix(), REDIS_COMMAND_TIMEOUT);
        }
    }

    /**
     * Error counts ({@code bcekit.errors}, by code, status and adapter) in the application's
     * MeterRegistry, when it has one and bcekit-micrometer is on the class path. The registry is
     * looked up when the filter is built, not by a bean condition, so the order in which Boot's
     * metrics auto-configuration runs does not matter.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.core.instrument.MeterRegistry", "io.bcekit.micrometer.MicrometerErrorListener"})
    static class MicrometerErrorCounts {

        @Bean
        @ConditionalOnMissingBean(ErrorListener.class)
        ErrorListener bceMicrometerErrorListener(ObjectProvider<MeterRegistry> registries) {
            MeterRegistry registry = registries.getIfUnique();
            return registry == null ? ErrorListener.NONE : new MicrometerErrorListener(registry);
        }
    }

    /** First of all filters but Spring's observation and encoding ones, for REQUEST, ASYNC and ERROR dispatches. */
    @Bean
    @ConditionalOnMissingBean(name = "bceErrorFilter")
    FilterRegistrationBean<BceErrorFilter> bceErrorFilter(BceErrorConfig config) {
        FilterRegistrationBean<BceErrorFilter> registration = new FilterRegistrationBean<>(new BceErrorFilter(config));
        registration.setName("bcekit");
        registration.setOrder(ERROR_FILTER_ORDER);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * bce-auth-v1, when the application declares a {@link CredentialSource} (and, to restrict who may
     * do what, an {@link Authorizer}): right after BceErrorFilter, for REQUEST and ASYNC.
     */
    @Bean
    @ConditionalOnBean(CredentialSource.class)
    @ConditionalOnMissingBean(name = "bceAuthFilter")
    FilterRegistrationBean<BceAuthFilter> bceAuthFilter(CredentialSource credentials, ObjectProvider<Authorizer> authorizers) {
        BceAuthVerifierBuilder verifier = BceAuthVerifier.builder(credentials);
        authorizers.ifUnique(verifier::authorizer);
        FilterRegistrationBean<BceAuthFilter> registration = new FilterRegistrationBean<>(new BceAuthFilter(verifier.build()));
        registration.setName("bcekit-auth");
        registration.setOrder(AUTH_ORDER);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * clientToken idempotency, when {@code bcekit.idempotency.enabled} is true or the application
     * declares an {@link IdempotencyStore}: after authentication (the caller's access key is the
     * scope), for REQUEST dispatches. Otherwise the registration is there but disabled.
     */
    @Bean
    @ConditionalOnMissingBean(name = "bceIdempotencyFilter")
    FilterRegistrationBean<BceIdempotencyFilter> bceIdempotencyFilter(BceProperties properties,
            ObjectProvider<IdempotencyStore> stores) {
        IdempotencyStore store = stores.getIfUnique();
        IdempotencyParameters.Settings settings = IDEMPOTENCY_PROPERTIES.read(properties.getIdempotency().asParameters(),
                classLoader, store != null ? () -> store : InMemoryIdempotencyStore::withDefaults);
        FilterRegistrationBean<BceIdempotencyFilter> registration = new FilterRegistrationBean<>(
                new BceIdempotencyFilter(settings.guard(), settings.maxRequestBodyBytes()));
        registration.setName("bcekit-idempotency");
        registration.setOrder(IDEMPOTENCY_ORDER);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        registration.setEnabled(properties.getIdempotency().isEnabled() || store != null);
        return registration;
    }

    /**
     * {@link BceHandlerExceptionResolver} inside Spring MVC's own chain, after the application's
     * {@code @ExceptionHandler} methods and before Spring's status and default resolvers.
     */
    @Bean
    @ConditionalOnClass(DispatcherServlet.class)
    @ConditionalOnMissingBean(name = "bceExceptionResolverPlacement")
    WebMvcConfigurer bceExceptionResolverPlacement(BceErrorConfig config) {
        BceHandlerExceptionResolver resolver = new BceHandlerExceptionResolver(config.translator());
        return new WebMvcConfigurer() {
            @Override
            public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
                BceHandlerExceptionResolver.placeIn(resolvers, resolver);
            }
        };
    }
}
