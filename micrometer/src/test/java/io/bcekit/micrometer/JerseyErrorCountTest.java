package io.bcekit.micrometer;

import static io.bcekit.micrometer.ServletErrorCountTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.jaxrs.BceFeature;
import io.bcekit.jaxrs.fixture.EipResource;
import io.bcekit.servlet.BceErrorFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jersey 3.1 with BceFeature as a servlet on Jetty 12 ee10, behind BceErrorFilter, both with the
 * listener: what Jersey answers is counted once, as {@code jaxrs}, and what never reaches Jersey as
 * {@code servlet}.
 */
class JerseyErrorCountTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Server server;
    private HttpCalls http;

    @BeforeEach
    void start() throws Exception {
        BceErrorConfig config = BceErrorConfig.defaults().withErrorListener(new MicrometerErrorListener(registry));
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new BceErrorFilter(config)), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        ResourceConfig application = new ResourceConfig().register(EipResource.class).register(new BceFeature(config));
        context.addServlet(new ServletHolder(new ServletContainer(application)), "/api/*");
        server.setHandler(context);
        server.start();
        http = new HttpCalls(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"));
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void eachAnswerIsCountedOnceByCodeStatusAndTheAdapterThatGaveIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            expect(http.get("api/v1/eip/9.9.9.9"), 404, "EipNotFound");
        }
        expect(http.get("api/nowhere"), 400, "InvalidURI");
        expect(http.get("api/v1/eip/1.2.3.4/nowhere"), 400, "InvalidURI");
        expect(http.get("api/v1/eip/boom/internal"), 500, "InternalError");
        expect(http.postJson("api/v1/eip", "{oops}"), 400, "MalformedJSON");
        expect(http.get("outside-jersey"), 400, "InvalidURI");

        assertThat(ErrorCounts.of(registry)).isEqualTo(Map.of("EipNotFound 404 jaxrs", 3.0,
                "InvalidURI 400 jaxrs", 2.0, "InternalError 500 jaxrs", 1.0, "MalformedJSON 400 jaxrs", 1.0,
                "InvalidURI 400 servlet", 1.0));
    }

    @Test
    void successCountsNothing() throws Exception {
        assertThat(http.get("api/v1/eip/1.2.3.4").statusCode()).isEqualTo(200);
        assertThat(http.get("api/v1/eip?maxKeys=5").statusCode()).isEqualTo(200);

        assertThat(registry.getMeters()).isEmpty();
    }
}
