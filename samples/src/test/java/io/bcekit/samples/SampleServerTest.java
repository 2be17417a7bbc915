package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.JSON_UTF8;
import static io.bcekit.samples.Envelopes.UUID_V4;
import static io.bcekit.samples.Envelopes.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The sample service over HTTP: each route and each failure kind, with its exact answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleServerTest {

    private static final String INTERNAL_ERROR = "We encountered an internal error. Please try again.";
    private static final String INVALID_URI = "Could not parse the specified URI.";
    private static final String EIP_NOT_FOUND = "The specified eip does not exist.";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private SampleServer server;

    @BeforeAll
    void start() throws Exception {
        server = SampleServer.start(0);
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
    }

    private HttpResponse<byte[]> send(String method, String path) throws Exception {
        return send(HttpRequest.newBuilder(server.baseUri().resolve(path)).method(method,
                HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void startsOnTheLoopbackAddress() {
        assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
    }

    @Test
    void existingEipIsJsonWithARequestId() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/v1/eip/180.76.1.2");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
        assertThat(response.headers().allValues("content-type")).singleElement().asString().matches(JSON_UTF8);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"eip\":\"180.76.1.2\",\"name\":\"sample-eip\","
                + "\"status\":\"available\",\"bandwidthInMbps\":10,\"paymentTiming\":\"Postpaid\","
                + "\"billingMethod\":\"ByBandwidth\"}");
        assertThat(response.headers().allValues("content-length"))
                .containsExactly(String.valueOf(response.body().length));
    }

    @Test
    void missingEipIsEipNotFound() throws Exception {
        String id = assertEnvelope(send("GET", "/v1/eip/9.9.9.9"), 404, "EipNotFound", EIP_NOT_FOUND);
        assertThat(id).matches(UUID_V4);
    }

    @Test
    void unmappedPathIsInvalidUri() throws Exception {
        assertEnvelope(send("GET", "/no/such/path"), 400, "InvalidURI", INVALID_URI);
        assertEnvelope(send("DELETE", "/no/such/path"), 400, "InvalidURI", INVALID_URI);
        assertEnvelope(send("GET", "/v1/eip"), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void rootIsInvalidUriNotADirectoryListing() throws Exception {
        assertEnvelope(send("GET", "/"), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void bugIsInternalErrorWithoutItsDetails() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/v1/eip/boom/internal");
        assertEnvelope(response, 500, "InternalError", INTERNAL_ERROR);
        assertThat(new String(response.body(), UTF_8)).doesNotContain("Simulated", "10.0.0.5", "IllegalState");
    }

    @Test
    void releaseAnswersAnEmptyBodyThenTheEipIsGone() throws Exception {
        SampleServer own = SampleServer.start(0); // releasing changes the store: not the shared server
        try {
            HttpRequest.Builder delete = HttpRequest.newBuilder(own.baseUri().resolve("/v1/eip/180.76.1.2")).DELETE();
            HttpResponse<byte[]> released = send(delete);
            assertThat(released.statusCode()).isEqualTo(200);
            assertThat(released.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
            assertThat(released.headers().allValues("content-length")).containsExactly("0");
            assertThat(released.body()).isEmpty();
            assertEnvelope(send(delete), 404, "EipNotFound", EIP_NOT_FOUND);
            assertEnvelope(send(HttpRequest.newBuilder(own.baseUri().resolve("/v1/eip/180.76.1.2"))),
                    404, "EipNotFound", EIP_NOT_FOUND);
        } finally {
            own.stop();
        }
    }

    @Test
    void unsupportedMethodIsMethodNotAllowed() throws Exception {
        assertEnvelope(send("POST", "/v1/eip/180.76.1.2"), 405, "MethodNotAllowed",
                "The specified method is not allowed against this resource.");
    }

    @Test
    void headGetsStatusAndHeadersWithoutBody() throws Exception {
        HttpResponse<byte[]> head = send("HEAD", "/v1/eip/9.9.9.9");
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
        assertThat(head.headers().allValues("content-length")).containsExactly(String.valueOf(
                Envelopes.body(head.headers().firstValue("x-bce-request-id").orElseThrow(), "EipNotFound",
                        EIP_NOT_FOUND).length()));
    }

    @Test
    void validGatewayRequestIdIsReused() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve("/v1/eip/9.9.9.9"))
                .header("x-bce-request-id", "gw-7.a_B");
        assertThat(assertEnvelope(send(request), 404, "EipNotFound", EIP_NOT_FOUND))
                .isEqualTo("gw-7.a_B");
    }

    /** Jetty refuses these inside the webapp but outside the filter chain; they still reach BceErrorFilter. */
    @Test
    void protectedWebInfPathIsInvalidUriForEveryMethod() throws Exception {
        assertEnvelope(send("GET", "/WEB-INF/web.xml"), 400, "InvalidURI", INVALID_URI);
        assertEnvelope(send("DELETE", "/WEB-INF/web.xml"), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void traceRefusedByTheContainerIsAccessDenied() throws Exception {
        assertEnvelope(send("TRACE", "/v1/eip/180.76.1.2"), 403, "AccessDenied", "Access denied.");
    }

    @Test
    void portArgument() {
        assertThat(SampleServer.parsePort()).isEqualTo(8080);
        assertThat(SampleServer.parsePort("--port", "0")).isZero();
        assertThat(SampleServer.parsePort("--port", "18080")).isEqualTo(18080);
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parsePort("--port"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parsePort("--port", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parsePort("--port", "65536"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parsePort("--port", "-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parsePort("-p", "80"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parsePort("--port", "1", "2"));
    }

    @Test
    void welcomeNamesTheBaseUrlAndThreeCurlLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleServer.printWelcome(URI.create("http://127.0.0.1:18080"), new PrintStream(out, true, UTF_8));
        assertThat(out.toString(UTF_8).lines()).containsExactly(
                "bcekit sample EIP service listening on http://127.0.0.1:18080",
                "Try:",
                "  curl -si http://127.0.0.1:18080/v1/eip/180.76.1.2   # an EIP that exists",
                "  curl -si http://127.0.0.1:18080/v1/eip/9.9.9.9      # EipNotFound",
                "  curl -si http://127.0.0.1:18080/no/such/path        # InvalidURI");
    }
}
