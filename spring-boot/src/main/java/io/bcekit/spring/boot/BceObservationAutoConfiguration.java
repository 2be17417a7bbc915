package io.bcekit.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The request id on Spring MVC's server observations, hence on the server span when the
 * application traces ({@link RequestIdObservationFilter}). Boot hands every ObservationFilter bean
 * to the application's ObservationRegistry; without one the bean is simply unused. Classes are named
 * as strings so the starter also starts where Micrometer Observation or spring-web is missing.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"io.bcekit.servlet.BceErrorFilter", "io.micrometer.observation.ObservationFilter",
        "org.springframework.http.server.observation.ServerRequestObservationContext"})
public class BceObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "bceRequestIdObservationFilter")
    RequestIdObservationFilter bceRequestIdObservationFilter() {
        return new RequestIdObservationFilter();
    }
}
