package io.bcekit.jaxrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.bcekit.jaxrs.fixture.EipResource;
import io.bcekit.servlet.BceErrorFilter;
import jakarta.annotation.Priority;
import jakarta.servlet.DispatcherType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** On a real runtime: a part left out leaves its failures to the application's own mapper, and only those. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BceFeatureWithoutAPartTest {

    /**
     * The application's own answer to a JSON body of the wrong shape, ahead of the mapper of the same
     * type that Jersey's JacksonFeature registers at the default priority (a tie there is settled
     * in no fixed order).
     */
    @Priority(1000)
    public static final class OwnMappingAnswer implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException failure) {
            return Response.status(422).type(MediaType.TEXT_PLAIN_TYPE).entity("own answer").build();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Server server;
    private URI base;

    @BeforeAll
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(BceErrorFilter.class), "/*", EnumSet.of(DispatcherType.REQUEST));
        ResourceConfig application = new ResourceConfig(EipResource.class, OwnMappingAnswer.class)
                .register(new BceFeature().without(BceFeature.Part.JACKSON_MAPPERS));
        context.addServlet(new ServletHolder(new ServletContainer(application)), "/api/*");
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/");
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("v1/eip")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApplicationsOwnMapperAnswersWhatThePartLeftOut() throws Exception {
        HttpResponse<String> response = post("{\"bandwidthInMbps\":\"lots\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("own answer");
        assertThat(response.headers().allValues("x-bce-request-id")).hasSize(1);
    }

    @Test
    void everythingElseKeepsItsEnvelope() throws Exception {
        HttpResponse<String> response = post("");
        String id = response.headers().firstValue("x-bce-request-id").orElseThrow();

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"requestId\":\"" + id
                + "\",\"code\":\"MalformedJSON\",\"message\":\"The JSON you provided was not well-formed.\"}");
    }
}
