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
import java.util.Optional;
import java.util.regex.Pattern;
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
    void signedListIsJsonWithARequestId() throws Exception {
        HttpResponse<byte[]> response = send(SignedRequests.jdk(server.baseUri(), "GET", "/v1/eip"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
        assertThat(response.headers().allValues("content-type")).singleElement().asString().matches(JSON_UTF8);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"isTruncated\":false,\"maxKeys\":1000,\"eipList\":[]}");
        assertThat(response.headers().allValues("content-length"))
                .containsExactly(String.valueOf(response.body().length));
    }

    @Test
    void missingEipIsEipNotFound() throws Exception {
        String id = assertEnvelope(send(SignedRequests.jdk(server.baseUri(), "GET", "/v1/eip/9.9.9.9")),
                404, "EipNotFound", EIP_NOT_FOUND);
        assertThat(id).matches(UUID_V4);
    }

    @Test
    void unsignedApiCallIsRefused() throws Exception {
        assertEnvelope(send("GET", "/v1/eip"), 400, "InvalidHTTPAuthHeader",
                "The Access Key ID you provided does not exist in our records.");
    }

    @Test
    void unmappedPathIsInvalidUri() throws Exception {
        assertEnvelope(send("GET", "/no/such/path"), 400, "InvalidURI", INVALID_URI);
        assertEnvelope(send("DELETE", "/no/such/path"), 400, "InvalidURI", INVALID_URI);
        assertEnvelope(send(SignedRequests.jdk(server.baseUri(), "GET", "/v1/eipx")), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void rootIsInvalidUriNotADirectoryListing() throws Exception {
        assertEnvelope(send("GET", "/"), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void injectedInternalErrorShowsOnlyTheGenericText() throws Exception {
        HttpResponse<byte[]> injected = send(HttpRequest.newBuilder(server.baseUri().resolve(FaultInjectionFilter.ADMIN_PATH))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"method\":\"GET\",\"path\":\"/v1/eip/1.2.3.4\",\"code\":\"InternalError\"}")));
        assertThat(injected.statusCode()).isEqualTo(200);
        assertEnvelope(send(SignedRequests.jdk(server.baseUri(), "GET", "/v1/eip/1.2.3.4")),
                500, "InternalError", INTERNAL_ERROR);
        assertEnvelope(send(SignedRequests.jdk(server.baseUri(), "GET", "/v1/eip/1.2.3.4")),
                404, "EipNotFound", EIP_NOT_FOUND); // count 1: the next one runs
    }

    @Test
    void releaseAnswersAnEmptyObjectThenTheEipIsGone() throws Exception {
        SampleServer own = SampleServer.start(0); // creating and releasing changes the accounts: not the shared server
        try (SdkClients demo = SdkClients.of(own.baseUri(), "demo-ak", "demo-sk")) {
            String ip = ScenarioSupport.createEip(demo, 10, ScenarioSupport.postpaid());
            HttpResponse<byte[]> released = send(SignedRequests.jdk(own.baseUri(), "DELETE", "/v1/eip/" + ip));
            assertThat(released.statusCode()).isEqualTo(200);
            assertThat(released.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
            assertThat(new String(released.body(), UTF_8)).isEqualTo("{}");
            assertThat(released.headers().allValues("content-length")).containsExactly("2");
            assertEnvelope(send(SignedRequests.jdk(own.baseUri(), "DELETE", "/v1/eip/" + ip)),
                    404, "EipNotFound", EIP_NOT_FOUND);
        } finally {
            own.stop();
        }
    }

    @Test
    void oneEipIsItsJsonWithAnEtagThatChangesWithIt() throws Exception {
        SampleServer own = SampleServer.start(0);
        try (SdkClients demo = SdkClients.of(own.baseUri(), "demo-ak", "demo-sk")) {
            String ip = ScenarioSupport.createEip(demo, 10, ScenarioSupport.postpaid());
            assertThat(ip).isEqualTo("100.64.0.1");
            HttpResponse<byte[]> response = send(SignedRequests.jdk(own.baseUri(), "GET", "/v1/eip/" + ip));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("etag")).containsExactly("\"eip-00000001-1\"");
            assertThat(new String(response.body(), UTF_8)).matches(Pattern.quote(
                    "{\"name\":\"100.64.0.1\",\"eip\":\"100.64.0.1\",\"eipId\":\"eip-00000001\",\"status\":\"available\","
                    + "\"bandwidthInMbps\":10,\"paymentTiming\":\"Postpaid\",\"billingMethod\":\"ByBandwidth\",\"createTime\":\"")
                    + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ" + Pattern.quote("\",\"eipInstanceType\":\"normal\","
                    + "\"region\":\"bj\",\"routeType\":\"BGP\",\"deleteProtect\":false}"));

            demo.eip.resizeEip(ip, 20);
            assertThat(send(SignedRequests.jdk(own.baseUri(), "GET", "/v1/eip/" + ip)).headers().allValues("etag"))
                    .containsExactly("\"eip-00000001-2\"");
        } finally {
            own.stop();
        }
    }

    @Test
    void unsupportedMethodIsMethodNotAllowed() throws Exception {
        assertEnvelope(send(SignedRequests.jdk(server.baseUri(), "PATCH", "/v1/eip")), 405, "MethodNotAllowed",
                "The specified method is not allowed against this resource.");
    }

    @Test
    void headGetsStatusAndHeadersWithoutBody() throws Exception {
        HttpResponse<byte[]> head = send(SignedRequests.jdk(server.baseUri(), "HEAD", "/v1/eip/9.9.9.9"));
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
        assertThat(head.headers().allValues("content-length")).containsExactly(String.valueOf(
                Envelopes.body(head.headers().firstValue("x-bce-request-id").orElseThrow(), "EipNotFound",
                        EIP_NOT_FOUND).length()));
    }

    @Test
    void validGatewayRequestIdIsReused() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve("/no/such/path"))
                .header("x-bce-request-id", "gw-7.a_B");
        assertThat(assertEnvelope(send(request), 400, "InvalidURI", INVALID_URI)).isEqualTo("gw-7.a_B");
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
    void commandLineOptions() {
        assertThat(SampleServer.parseOptions()).isEqualTo(new SampleServer.Options(8080, Optional.empty()));
        assertThat(SampleServer.parseOptions("--port", "0").port()).isZero();
        assertThat(SampleServer.parseOptions("--port", "18080").port()).isEqualTo(18080);
        assertThat(SampleServer.parseOptions("--redis", "redis://127.0.0.1:6380", "--port", "1"))
                .isEqualTo(new SampleServer.Options(1, Optional.of("redis://127.0.0.1:6380")));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parseOptions("--port"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parseOptions("--port", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parseOptions("--port", "65536"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parseOptions("--port", "-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parseOptions("-p", "80"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parseOptions("--port", "1", "2"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parseOptions("--port", "1", "--port", "2"));
        assertThatIllegalArgumentException().isThrownBy(() -> SampleServer.parseOptions("--redis"));
    }

    @Test
    void welcomeNamesTheBaseUrlAndTheAccounts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleServer.printWelcome(URI.create("http://127.0.0.1:18080"), new PrintStream(out, true, UTF_8));
        assertThat(out.toString(UTF_8).lines()).containsExactly(
                "bcekit sample EIP, EIP-group and bandwidth-package service listening on http://127.0.0.1:18080",
                "Point EipClient, EipGroupClient or EipBpClient at it (endpoint http://127.0.0.1:18080) with one of:",
                "  demo-ak        demo-sk        verified, EIP service activated, balance enough for prepaid purchases, full access",
                "  unverified-ak  unverified-sk  not real-name verified",
                "  optout-ak      optout-sk      EIP service not activated",
                "  readonly-ak    readonly-sk    may only read (GET)",
                "  broke-ak       broke-sk       balance 0: postpaid works, prepaid purchases fail",
                "Each account owns BCC instances i-demo0001, i-demo0002, i-demo0003 and starts with no EIPs.",
                "Inject faults (loopback only): curl -si -X POST http://127.0.0.1:18080/_bcekit/faults -d"
                        + " '{\"method\":\"PUT\",\"path\":\"/v1/eip/100.64.0.1\",\"code\":\"ServiceUnavailable\",\"count\":2}'",
                "Try unsigned: curl -si http://127.0.0.1:18080/v1/eip   # InvalidHTTPAuthHeader: every API call is signed");
    }
}
