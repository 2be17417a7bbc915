package io.bcekit.spring.boot;

import org.springframework.boot.web.embedded.jetty.JettyServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot 3.5's server factories, which live elsewhere than Boot 4's (so the fixture's
 * {@code EmbeddedServers} profiles cannot name them). Both servers are on this module's test class
 * path, where Boot 3.5 alone would pick Tomcat; it backs off from its own factory when the
 * application declares one.
 */
final class Boot3Servers {

    private Boot3Servers() {
    }

    @Configuration(proxyBeanMethods = false)
    static class Tomcat {

        @Bean
        TomcatServletWebServerFactory tomcatServletWebServerFactory() {
            return new TomcatServletWebServerFactory();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Jetty {

        @Bean
        JettyServletWebServerFactory jettyServletWebServerFactory() {
            return new JettyServletWebServerFactory();
        }
    }
}
