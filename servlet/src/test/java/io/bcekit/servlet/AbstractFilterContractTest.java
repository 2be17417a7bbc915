package io.bcekit.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.servlet.fixture.DeployedWebappTest;
import io.bcekit.servlet.fixture.RawHttp;
import io.bcekit.servlet.fixture.SameFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What BceErrorFilter promises on every container: one endpoint of the shared web.xml per
 * failure kind, each answer checked for its exact status, headers and body. Subclasses name the
 * container.
 */
public abstract class AbstractFilterContractTest extends DeployedWebappTest {

    public static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    public static final String JSON_UTF8 = "application/json;\\s?charset=utf-8";

    protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    protected HttpResponse<byte[]> send(String method, String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    protected HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Asserts the whole envelope answer and returns its request id. */
    public static String assertEnvelope(HttpResponse<byte[]> response, int status, String code, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().allValues("x-bce-request-id")).hasSize(1);
        String id = response.headers().firstValue("x-bce-request-id").orElseThrow();
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).matches(JSON_UTF8));
        assertThat(response.headers().firstValue("content-length")).hasValue(String.valueOf(response.body().length));
        assertThat(response.headers().firstValue("content-encoding")).isEmpty();
        assertThat(response.headers().allValues("date")).hasSizeLessThanOrEqualTo(1);
        assertThat(response.headers().allValues("server")).hasSizeLessThanOrEqualTo(1);
        assertThat(new String(response.body(), UTF_8)).isEqualTo(
                "{\"requestId\":\"" + id + "\",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
        return id;
    }

    /** The failures every stack answers alike, raised by a plain servlet: see {@link SameFailure}. */
    @ParameterizedTest
    @EnumSource(SameFailure.class)
    void sameFailureGetsTheSameEnvelopeAsOnEveryStack(SameFailure failure) throws Exception {
        assertEnvelope(send(failure.request(base)), failure.status, failure.code, failure.message);
    }

    @Test
    void thrownBceExceptionGetsItsEnvelope() throws Exception {
        String id = assertEnvelope(send("GET", "/v1/eip/9.9.9.9"), 404, "EipNotFound", "The specified eip does not exist.");
        assertThat(id).matches(UUID_V4);
    }

    @Test
    void successCarriesTheRequestIdHeader() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/v1/eip/1.2.3.4");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-bce-request-id")).hasValueSatisfying(
                id -> assertThat(id).matches(UUID_V4));
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"eip\":\"1.2.3.4\"}");
    }

    @Test
    void runtimeExceptionShowsOnlyTheCatalogueText() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/fail/runtime");
        assertEnvelope(response, 500, "InternalError", "We encountered an internal error. Please try again.");
        assertThat(new String(response.body(), UTF_8)).doesNotContain("hunter2", "IllegalState", "10.1.2.3");
    }

    @Test
    void checkedExceptionIsAnInternalError() throws Exception {
        assertEnvelope(send("GET", "/fail/checked"), 500, "InternalError",
                "We encountered an internal error. Please try again.");
    }

    @Test
    void sendError404IsInvalidUri() throws Exception {
        assertEnvelope(send("GET", "/fail/send-error-404"), 400, "InvalidURI", "Could not parse the specified URI.");
    }

    @Test
    void unmappedPathIsInvalidUri() throws Exception {
        assertEnvelope(send("GET", "/no/such/route"), 400, "InvalidURI", "Could not parse the specified URI.");
    }

    @Test
    void unsupportedMethodIsMethodNotAllowed() throws Exception {
        assertEnvelope(send("DELETE", "/only-get"), 405, "MethodNotAllowed",
                "The specified method is not allowed against this resource.");
    }

    @Test
    void outputAfterSendErrorIsDropped() throws Exception {
        assertEnvelope(send("GET", "/fail/send-error-then-write"), 400, "InvalidURI",
                "Could not parse the specified URI.");
    }

    @Test
    void errorStatusWithoutBodyGetsTheEnvelope() throws Exception {
        assertEnvelope(send("GET", "/fail/bare-status"), 403, "AccessDenied", "Access denied.");
    }

    @Test
    void bufferedOutputFromTheWriterIsReplaced() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/fail/writer-then-throw");
        assertEnvelope(response, 400, "PrepayEip", "The specified eip is prepay");
        assertThat(response.headers().firstValue("etag")).isEmpty();
    }

    @Test
    void headersSetBeforeTheFailureSurviveIt() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/fail/headers-then-throw");
        assertEnvelope(response, 413, "ExceedLimit", "You have 20 EIPs; the quota is 20.");
        assertThat(response.headers().firstValue("access-control-allow-origin")).hasValue("*");
        assertThat(response.headers().firstValue("retry-after")).hasValue("5");
    }

    @Test
    void aSessionCreatedBeforeTheFailureKeepsOneCookieEach() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/fail/session-then-send-error");
        assertEnvelope(response, 403, "AccessDenied", "Access denied.");
        List<String> cookies = response.headers().allValues("set-cookie");
        assertThat(cookies).hasSize(3).contains("theme=dark; Path=/", "lang=en; Path=/");
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).hasSize(1);
        assertThat(response.headers().allValues("expires")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void malformedJsonBodyIsMalformedJson() throws Exception {
        assertEnvelope(send(HttpRequest.newBuilder(base.resolve("/fail/json"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"bandwidthInMbps\":"))),
                400, "MalformedJSON", "The JSON you provided was not well-formed.");
    }

    @Test
    void headGetsStatusAndHeadersWithoutBody() throws Exception {
        HttpResponse<byte[]> get = send("GET", "/v1/eip/9.9.9.9");
        HttpResponse<byte[]> head = send("HEAD", "/v1/eip/9.9.9.9");
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("x-bce-request-id")).hasValueSatisfying(
                id -> assertThat(id).matches(UUID_V4));
        assertThat(head.headers().firstValue("content-length")).hasValue(String.valueOf(get.body().length));
    }

    @Test
    void asyncDispatchToAFailureGetsTheEnvelope() throws Exception {
        assertEnvelope(send("GET", "/async/dispatch-to-failure"), 404, "EipNotFound",
                "The specified eip does not exist.");
    }

    @Test
    void asyncSendErrorGetsTheEnvelope() throws Exception {
        assertEnvelope(send("GET", "/async/send-error"), 403, "AccessDenied", "Access denied.");
    }

    @Test
    void asyncSendErrorThroughTheAsyncContextGetsTheEnvelope() throws Exception {
        assertEnvelope(send("GET", "/async/send-error-via-context"), 405, "MethodNotAllowed",
                "The specified method is not allowed against this resource.");
    }

    @Test
    void asyncTimeoutIsServiceUnavailable() throws Exception {
        assertEnvelope(send("GET", "/async/timeout"), 503, "ServiceUnavailable",
                "The service is temporarily unavailable. Please try again.");
    }

    @Test
    void asyncSuccessCarriesTheRequestIdHeader() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/async/ok");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("async ok");
        assertThat(response.headers().firstValue("x-bce-request-id")).hasValueSatisfying(
                id -> assertThat(id).matches(UUID_V4));
    }

    @Test
    void failureRoutedToTheErrorPageGetsTheEnvelope() throws Exception {
        assertEnvelope(send("GET", "/pre-filter/anything"), 500, "InternalError",
                "We encountered an internal error. Please try again.");
    }

    @Test
    void failureAfterCommitAbortsTheResponse() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base,
                "GET /fail/after-commit HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 5000);
        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 200"); // Tomcat sends no reason phrase
        assertThat(exchange.head()).containsIgnoringCase("transfer-encoding: chunked");
        assertThat(exchange.closedByServer()).isTrue();
        assertThat(exchange.body()).doesNotEndWith("0\r\n\r\n").doesNotContain("InternalError");
        assertServing();
    }

    @Test
    void failureAfterCommitWithALengthEndsShortOfIt() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base,
                "GET /fail/after-commit-with-length HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 5000);
        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(exchange.header("content-length")).isEqualTo("16000");
        assertThat(exchange.closedByServer()).isTrue();
        assertThat(exchange.body()).hasSize(8000);
        assertServing();
    }

    /** A stack overflow, or an allocation the heap refuses, is a bug like any other: no class name reaches the client. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/fail/stack-overflow", "/fail/out-of-memory"})
    void virtualMachineErrorIsAnInternalError(String path) throws Exception {
        assertEnvelope(send("GET", path), 500, "InternalError", "We encountered an internal error. Please try again.");
        assertServing();
    }

    /** The server still answers a normal request. */
    protected void assertServing() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/ok");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("hello");
    }
}
