package io.bcekit.micrometer;

import static io.bcekit.micrometer.ServletErrorCountTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.jaxrs.BceFeature;
import io.bcekit.jaxrs.fixture.EipResource;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BceFeature registered as a class takes the listener from property {@code bcekit.error-listener}. */
class JerseyPropertyErrorCountTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Server server;
    private HttpCalls http;

    @BeforeEach
    void start() throws Exception {
        Metrics.addRegistry(registry);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ResourceConfig application = new ResourceConfig().register(EipResource.class).register(BceFeature.class)
                .property("bcekit.error-listener", MicrometerErrorListener.class.getName());
        context.addServlet(new ServletHolder(new ServletContainer(application)), "/api/*");
        server.setHandler(context);
        server.start();
        http = new HttpCalls(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"));
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        Metrics.removeRegistry(registry);
        Metrics.globalRegistry.clear();
    }

    @Test
    void errorsAreCountedInTheGlobalRegistry() throws Exception {
        expect(http.get("api/v1/eip/9.9.9.9"), 404, "EipNotFound");
        assertThat(http.get("api/v1/eip/1.2.3.4").statusCode()).isEqualTo(200);

        assertThat(ErrorCounts.of(registry)).isEqualTo(Map.of("EipNotFound 404 jaxrs", 1.0));
    }
}
