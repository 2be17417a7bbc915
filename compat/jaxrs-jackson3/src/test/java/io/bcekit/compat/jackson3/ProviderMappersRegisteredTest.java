package io.bcekit.compat.jackson3;

import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.jaxrs.fixture.FixtureApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.jakarta.rs.base.DatabindExceptionMapper;
import tools.jackson.jakarta.rs.base.StreamReadExceptionMapper;
import tools.jackson.jakarta.rs.json.JacksonJsonProvider;

/**
 * An application that registers Jackson 3's provider as it comes, with the exception mappers it
 * ships (they answer a plain-text 400 carrying Jackson's message, class names included):
 * BceFeature's mappers for the same types outrank them, so the client still gets the envelope; and
 * the provider's default mapper ignores unknown properties, as Jackson 3 does by default.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderMappersRegisteredTest {

    private static final String INAPPROPRIATE =
            "The JSON you provided was well-formed and valid, but not appropriate for this operation.";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer server;
    private URI base;

    @BeforeAll
    void start() {
        ResourceConfig application = ResourceConfig.forApplication(new FixtureApplication())
                .register(JacksonJsonProvider.class)
                .register(DatabindExceptionMapper.class)
                .register(StreamReadExceptionMapper.class);
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application, true);
        base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
    }

    @AfterAll
    void stop() {
        server.shutdownNow();
    }

    private HttpResponse<byte[]> postJson(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("v1/eip")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"bandwidthInMbps":                | MalformedJSON     | The JSON you provided was not well-formed.
            {"bandwidthInMbps":1}}              | MalformedJSON     | The JSON you provided was not well-formed.
            {"billing":{"reservation":[]}}      | InappropriateJSON | Check field 'billing.reservation'.
            {"bandwidthInMbps":99999999999}     | InappropriateJSON | Check field 'bandwidthInMbps'.
            """)
    void jsonFailuresStillGetTheEnvelope(String body, String code, String message) throws Exception {
        assertEnvelope(postJson(body), 400, code,
                code.equals("InappropriateJSON") ? INAPPROPRIATE + " " + message : message);
    }

    /** 600 levels: past Jackson 3's default depth of 500, within Jackson 2's 1000. */
    @Test
    void nestingPastJackson3sDefaultDepthIsMalformedJson() throws Exception {
        assertEnvelope(postJson("{\"futureField\":" + "[".repeat(600) + "]".repeat(600) + "}"), 400, "MalformedJSON",
                "The JSON you provided was not well-formed.");
    }

    @Test
    void unknownPropertiesAreIgnoredByTheProvidersDefaultMapper() throws Exception {
        HttpResponse<byte[]> response = postJson("{\"bandwidthInMbps\":5,\"name\":\"web\",\"futureField\":{\"x\":1}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).isIn("{\"eip\":\"9.8.7.6\",\"name\":\"web\"}",
                "{\"name\":\"web\",\"eip\":\"9.8.7.6\"}");
    }
}
