package io.bcekit.spring.boot;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.servlet.BceErrorFilter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Gives a Spring Boot servlet application the BCE envelope: {@link BceErrorFilter} in front of
 * everything, {@link BceHandlerExceptionResolver} ahead of Spring MVC's own resolvers, and Boot's
 * error page controller replaced by a stand-in ({@link ErrorControllerStandIn}), so no failure
 * reaches the client as a Whitelabel page or Boot's JSON. Settings: {@link BceProperties}. Each
 * bean backs off when the application defines its own.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(BceErrorFilter.class)
@EnableConfigurationProperties(BceProperties.class)
@Import(ErrorControllerStandIn.class)
public class BceAutoConfiguration implements BeanClassLoaderAware {

    private ClassLoader classLoader = BceAutoConfiguration.class.getClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader beanClassLoader) {
        this.classLoader = beanClassLoader;
    }

    @Bean
    @ConditionalOnMissingBean
    BceErrorConfig bceErrorConfig(BceProperties properties) {
        return properties.toConfig(classLoader);
    }

    /** First of all filters, for the dispatches the README asks for: REQUEST, ASYNC and ERROR. */
    @Bean
    @ConditionalOnMissingBean(name = "bceErrorFilter")
    FilterRegistrationBean<BceErrorFilter> bceErrorFilter(BceErrorConfig config) {
        FilterRegistrationBean<BceErrorFilter> registration = new FilterRegistrationBean<>(new BceErrorFilter(config));
        registration.setName("bcekit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    @ConditionalOnClass(DispatcherServlet.class)
    @ConditionalOnMissingBean
    BceHandlerExceptionResolver bceHandlerExceptionResolver(BceErrorConfig config) {
        return new BceHandlerExceptionResolver(config.translator());
    }
}
