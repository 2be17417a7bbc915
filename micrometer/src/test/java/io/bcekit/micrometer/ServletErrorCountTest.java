package io.bcekit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.internal.ConfigParameters;
import io.bcekit.jetty.BceJetty;
import io.bcekit.servlet.BceErrorFilter;
import io.bcekit.servlet.fixture.FixtureServlets;
import io.bcekit.servlet.fixture.RawHttp;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * BceErrorFilter on Jetty 12 ee10 with the listener named by its {@code error-listener} init-param,
 * so it counts in {@link Metrics#globalRegistry}, where the test adds a registry of its own; and
 * bcekit-jetty's error handler, for what Jetty answers before any filter, with the same listener.
 */
class ServletErrorCountTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Server server;
    private URI base;
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
        FilterHolder filter = new FilterHolder(BceErrorFilter.class);
        filter.setInitParameter(ConfigParameters.ERROR_LISTENER, MicrometerErrorListener.class.getName());
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addServlet(FixtureServlets.Eip.class, "/v1/eip/*");
        context.addServlet(FixtureServlets.Fail.class, "/fail/*");
        context.addServlet(FixtureServlets.Ok.class, "/ok");
        server.setHandler(context);
        BceJetty.install(server, BceErrorConfig.defaults().withErrorListener(new MicrometerErrorListener()));
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
        http = new HttpCalls(base);
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        Metrics.removeRegistry(registry);
        Metrics.globalRegistry.clear();
    }

    @Test
    void eachAnswerIsCountedOnceByCodeAndStatus() throws Exception {
        for (int i = 0; i < 3; i++) {
            expect(http.get("v1/eip/9.9.9.9"), 404, "EipNotFound");
        }
        expect(http.get("nowhere"), 400, "InvalidURI");
        expect(http.get("v1"), 400, "InvalidURI");
        expect(http.get("fail/runtime"), 500, "InternalError");
        expect(http.postJson("fail/json", "{oops}"), 400, "MalformedJSON");

        assertThat(ErrorCounts.of(registry)).isEqualTo(Map.of("EipNotFound 404 servlet", 3.0,
                "InvalidURI 400 servlet", 2.0, "InternalError 500 servlet", 1.0, "MalformedJSON 400 servlet", 1.0));
    }

    @Test
    void whatJettyRejectsBeforeTheFilterIsCountedAsJetty() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base,
                "GET /v1/eip/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 5000);

        assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(exchange.body()).contains("\"code\":\"InvalidURI\"");
        assertThat(ErrorCounts.of(registry)).isEqualTo(Map.of("InvalidURI 400 jetty", 1.0));
    }

    @Test
    void successCountsNothing() throws Exception {
        assertThat(http.get("ok").statusCode()).isEqualTo(200);
        assertThat(http.get("v1/eip/1.2.3.4").statusCode()).isEqualTo(200);

        assertThat(registry.getMeters()).isEmpty();
    }

    static void expect(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }
}
