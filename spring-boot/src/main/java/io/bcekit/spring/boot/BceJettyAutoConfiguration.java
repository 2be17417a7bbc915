package io.bcekit.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** On embedded Jetty: header values reach the application, and BceAuthFilter, as the client sent them. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.eclipse.jetty.server.Server", "io.bcekit.servlet.BceErrorFilter"})
public class BceJettyAutoConfiguration {

    @Bean
    JettyHeadersAsSent bceJettyHeadersAsSent() {
        return new JettyHeadersAsSent();
    }
}
