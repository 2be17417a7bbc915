package io.bcekit.jaxrs;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bcekit.servlet.AbstractClientFaultContractTest;
import io.bcekit.servlet.fixture.LogCapture;
import io.bcekit.servlet.fixture.RawHttp;
import io.bcekit.servlet.fixture.SameFailure;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What BceFeature promises on every JAX-RS runtime: one endpoint of {@code EipResource} per
 * failure kind, each answer checked for its exact status, headers and body. Subclasses deploy
 * {@code FixtureApplication} and say where it answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractJaxrsContractTest {

    private static final String INAPPROPRIATE =
            "The JSON you provided was well-formed and valid, but not appropriate for this operation.";

    protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    protected URI base;

    /** Deploys the fixture application; returns the URI that {@code v1/eip} is relative to (ends in '/'). */
    protected abstract URI start() throws Exception;

    protected abstract void stop() throws Exception;

    /** Whether a Bean Validation provider is deployed with the runtime. */
    protected abstract boolean validatesBeans();

    /**
     * Whether a failure after commit can abort the connection: yes behind BceErrorFilter. A
     * runtime on its own HTTP server (Grizzly) ends the chunked body normally and offers no
     * portable way to abort it.
     */
    protected boolean abortsAfterCommit() {
        return true;
    }

    /**
     * Whether the HTTP server lets the application read a body with broken framing. Grizzly does
     * not: it answers a bad chunk size itself (400, no body) and closes a connection whose client
     * half-closed it before the declared length arrived, without an answer.
     */
    protected boolean handsBrokenBodiesToTheApplication() {
        return true;
    }

    @BeforeAll
    void deploy() throws Exception {
        base = start();
    }

    @AfterAll
    void undeploy() throws Exception {
        stop();
    }

    protected HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    protected HttpResponse<byte[]> get(String path) throws Exception {
        return send(request(path));
    }

    private HttpResponse<byte[]> postJson(String json) throws Exception {
        return postJson(json.getBytes(UTF_8));
    }

    private HttpResponse<byte[]> postJson(byte[] json) throws Exception {
        return send(request("v1/eip").header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    /** The failures every stack answers alike, raised by a resource: see {@link SameFailure}. */
    @ParameterizedTest
    @EnumSource(SameFailure.class)
    void sameFailureGetsTheSameEnvelopeAsOnEveryStack(SameFailure failure) throws Exception {
        assumeTrue(validatesBeans() || !failure.needsBeanValidation(), "no Bean Validation provider on this runtime");
        assertEnvelope(send(failure.request(base)), failure.status, failure.code, failure.message);
    }

    @Test
    void bceExceptionGetsItsEnvelope() throws Exception {
        assertThat(assertEnvelope(get("v1/eip/9.9.9.9"), 404, "EipNotFound", "The specified eip does not exist."))
                .matches(UUID_V4);
    }

    @Test
    void successCarriesTheRequestIdHeader() throws Exception {
        HttpResponse<byte[]> response = get("v1/eip/1.2.3.4");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"eip\":\"1.2.3.4\"}");
        assertThat(response.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
    }

    @Test
    void resourceSeesTheResponsesRequestIdAndTheHeadersAsSent() throws Exception {
        HttpResponse<byte[]> response = get("v1/eip/whoami");
        String id = response.headers().firstValue("x-bce-request-id").orElseThrow();
        assertThat(id).matches(UUID_V4);
        assertThat(new String(response.body(), UTF_8)).isIn(
                "{\"received\":\"null\",\"current\":\"" + id + "\"}",
                "{\"current\":\"" + id + "\",\"received\":\"null\"}");
    }

    @Test
    void deliberateStatusWithoutEntityKeepsItsStatus() throws Exception {
        assertEnvelope(get("v1/eip/conflict"), 409, "Conflict",
                "The request conflicts with the current state of the resource.");
    }

    @Test
    void asyncResponseResumedOnAnotherThreadLeavesThatThreadClean() throws Exception {
        assertEnvelope(get("v1/eip/async/fail-on-own-thread"), 404, "EipNotFound", "The specified eip does not exist.");
        HttpResponse<byte[]> state = get("v1/eip/async/thread-state");
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(new String(state.body(), UTF_8)).isIn("{\"mdc\":\"null\",\"current\":\"none\"}",
                "{\"current\":\"none\",\"mdc\":\"null\"}");
    }

    @Test
    void unknownRouteIsInvalidUri() throws Exception {
        assertEnvelope(get("v1/nothing-here"), 400, "InvalidURI", "Could not parse the specified URI.");
    }

    @Test
    void unservedApiVersionIsInvalidVersion() throws Exception {
        assertEnvelope(get("v9/eip/1.2.3.4"), 404, "InvalidVersion", "The API version specified was invalid.");
    }

    @Test
    void unparseablePathParameterIsInvalidUri() throws Exception {
        assertEnvelope(get("v1/eip/page/seven"), 400, "InvalidURI", "Could not parse the specified URI.");
    }

    @Test
    void unparseableQueryParameterIsInvalidUri() throws Exception {
        assertEnvelope(get("v1/eip?maxKeys=ten"), 400, "InvalidURI", "Could not parse the specified URI.");
    }

    @Test
    void unparseableHeaderParameterIsInvalidHttpRequest() throws Exception {
        assertEnvelope(send(request("v1/eip/by-header").header("x-page", "seven")), 400, "InvalidHTTPRequest",
                "There was an error in the body of your HTTP request.");
    }

    @Test
    void unsupportedMediaTypeIsInvalidHttpRequest() throws Exception {
        assertEnvelope(send(request("v1/eip").header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("bandwidthInMbps=1"))),
                400, "InvalidHTTPRequest", "There was an error in the body of your HTTP request.");
    }

    @Test
    void unsupportedMethodKeepsItsAllowHeader() throws Exception {
        HttpResponse<byte[]> response = send(request("v1/eip/1.2.3.4").DELETE());
        assertEnvelope(response, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        assertThat(response.headers().firstValue("allow")).hasValueSatisfying(
                allow -> assertThat(allow.split("\\s*,\\s*")).contains("GET").doesNotContain("DELETE"));
    }

    @Test
    void malformedJsonIsMalformedJson() throws Exception {
        assertEnvelope(postJson("{\"bandwidthInMbps\":"), 400, "MalformedJSON",
                "The JSON you provided was not well-formed.");
    }

    @Test
    void invalidUtf8InsideAJsonStringIsInvalidHttpRequest() throws Exception {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertEnvelope(postJson(body), 400, "InvalidHTTPRequest", "There was an error in the body of your HTTP request.");
    }

    @Test
    void invalidUtf8BetweenJsonTokensIsInvalidHttpRequest() throws Exception {
        byte[] body = {'{', (byte) 0xFF, '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'x', '"', '}'};
        assertEnvelope(postJson(body), 400, "InvalidHTTPRequest", "There was an error in the body of your HTTP request.");
    }

    @Test
    void emptyJsonBodyIsMalformedJson() throws Exception {
        assertEnvelope(postJson(new byte[0]), 400, "MalformedJSON", "The JSON you provided was not well-formed.");
    }

    @Test
    void whiteSpaceOnlyJsonBodyIsMalformedJson() throws Exception {
        assertEnvelope(postJson(" \r\n\t ".getBytes(UTF_8)), 400, "MalformedJSON",
                "The JSON you provided was not well-formed.");
    }

    /** Jackson's read limits; RESTEasy's provider has a mapper of its own for these. */
    @Test
    void numberLongerThanJacksonAllowsIsMalformedJson() throws Exception {
        assertEnvelope(postJson("{\"bandwidthInMbps\":" + "1".repeat(5000) + "}"), 400, "MalformedJSON",
                "The JSON you provided was not well-formed.");
    }

    @Test
    void nestingDeeperThanJacksonAllowsIsMalformedJson() throws Exception {
        assertEnvelope(postJson("{\"futureField\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400,
                "MalformedJSON", "The JSON you provided was not well-formed.");
    }

    @Test
    void wrongTypeIsInappropriateJsonNamingTheField() throws Exception {
        assertEnvelope(postJson("{\"bandwidthInMbps\":\"lots\"}"), 400, "InappropriateJSON",
                INAPPROPRIATE + " Check field 'bandwidthInMbps'.");
    }

    @Test
    void nestedWrongTypeNamesTheFieldPath() throws Exception {
        assertEnvelope(postJson("{\"bandwidthInMbps\":1,\"billing\":{\"reservation\":{\"reservationLength\":[]}}}"),
                400, "InappropriateJSON", INAPPROPRIATE + " Check field 'billing.reservation.reservationLength'.");
    }

    @Test
    void unknownJsonPropertiesAreIgnored() throws Exception {
        HttpResponse<byte[]> response = postJson("{\"bandwidthInMbps\":5,\"name\":\"web\",\"futureField\":{\"x\":1}}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).contains("\"name\":\"web\"");
    }

    @Test
    void constraintViolationIsInappropriateJsonNamingTheField() throws Exception {
        assumeTrue(validatesBeans(), "no Bean Validation provider on this runtime");
        assertEnvelope(postJson("{\"bandwidthInMbps\":0}"), 400, "InappropriateJSON",
                INAPPROPRIATE + " Field 'bandwidthInMbps' must be greater than or equal to 1.");
    }

    @Test
    void runtimeExceptionShowsOnlyTheCatalogueText() throws Exception {
        HttpResponse<byte[]> response = get("v1/eip/boom/internal");
        assertEnvelope(response, 500, "InternalError", "We encountered an internal error. Please try again.");
        assertThat(new String(response.body(), UTF_8)).doesNotContain("hunter2", "IllegalState");
    }

    @Test
    void asyncResponseResumedWithAFailureGetsTheEnvelope() throws Exception {
        assertEnvelope(get("v1/eip/async/fail"), 404, "EipNotFound", "The specified eip does not exist.");
    }

    @Test
    void failedCompletionStageGetsTheEnvelope() throws Exception {
        assertEnvelope(get("v1/eip/stage/fail"), 400, "PrepayEip", "The specified eip is prepay");
    }

    @Test
    void headGetsStatusAndHeadersWithoutBody() throws Exception {
        HttpResponse<byte[]> get = get("v1/eip/9.9.9.9");
        HttpResponse<byte[]> head = send(request("v1/eip/9.9.9.9").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("x-bce-request-id")).hasValueSatisfying(id -> assertThat(id).matches(UUID_V4));
        assertThat(head.headers().firstValue("content-length")).hasValue(String.valueOf(get.body().length));
    }

    @Test
    void failureWhileStreamingAfterCommitAbortsTheResponse() throws Exception {
        assumeTrue(abortsAfterCommit(), "this runtime cannot abort a committed response");
        URI target = base.resolve("v1/eip/stream/fail");
        RawHttp.Exchange exchange = RawHttp.exchange(target, "GET " + target.getRawPath()
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 15_000);
        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(exchange.closedByServer()).isTrue();
        assertThat(exchange.body()).doesNotEndWith("0\r\n\r\n").doesNotContain("InternalError");
        assertThat(get("v1/eip/1.2.3.4").statusCode()).isEqualTo(200);
    }

    /** A body that ends where the connection ends: bcekit-jetty's reset is what tells the client. */
    @Test
    void failureWhileStreamingToAnHttp10ClientResetsTheConnection() throws Exception {
        assumeTrue(abortsAfterCommit(), "this runtime cannot abort a committed response");
        URI target = base.resolve("v1/eip/stream/fail");
        RawHttp.Exchange exchange = RawHttp.exchange(target, "GET " + target.getRawPath() + " HTTP/1.0\r\n\r\n", 15_000);
        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(exchange.reset()).as("the client's read fails").isTrue();
    }

    @Test
    void stringLongerThanJacksonAllowsIsMalformedJson() throws Exception {
        assertEnvelope(postJson("{\"name\":\"" + "a".repeat(20_000_001) + "\"}"), 400, "MalformedJSON",
                "The JSON you provided was not well-formed.");
    }

    /** Past Jackson's limits where no declared type stops it first: a map value, a list element, nesting. */
    @ParameterizedTest
    @ValueSource(strings = {"value", "element", "nesting"})
    void treePastJacksonsLimitsIsMalformedJson(String where) throws Exception {
        String json = switch (where) {
            case "value" -> "{\"a\":\"" + "a".repeat(20_000_001) + "\"}";
            case "element" -> "{\"a\":[1,\"" + "a".repeat(20_000_001) + "\"]}";
            default -> "{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2001);
        };
        assertEnvelope(send(request("v1/eip/tree").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))), 400, "MalformedJSON",
                "The JSON you provided was not well-formed.");
    }

    /** A stack overflow, or an allocation the heap refuses, is a bug like any other: no class name reaches the client. */
    @ParameterizedTest
    @ValueSource(strings = {"stack-overflow", "out-of-memory"})
    void virtualMachineErrorIsAnInternalError(String error) throws Exception {
        assertEnvelope(get("v1/eip/boom/" + error), 500, "InternalError",
                "We encountered an internal error. Please try again.");
        assertThat(get("v1/eip/1.2.3.4").statusCode()).isEqualTo(200);
    }

    /** A chunk size that is not hex: the body is the client's fault, not the resource's. */
    @Test
    void badChunkSizeIsInvalidHttpRequest() throws Exception {
        URI target = base.resolve("v1/eip");
        RawHttp.Exchange exchange = RawHttp.exchange(target, "POST " + target.getRawPath() + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "zz\r\n{}\r\n0\r\n\r\n", 10_000);
        if (!handsBrokenBodiesToTheApplication()) {
            assertThat(exchange.text()).startsWith("HTTP/1.1 400 ").contains("Content-Length: 0\r\n");
            assertThat(exchange.closedByServer()).isTrue();
            return;
        }
        AbstractClientFaultContractTest.assertRawEnvelope(exchange, 400, "InvalidHTTPRequest",
                "There was an error in the body of your HTTP request.");
    }

    /** The client declares 100 bytes, sends 10, then closes its side. */
    @Test
    void bodyShorterThanItsLengthIsInvalidHttpRequest() throws Exception {
        URI target = base.resolve("v1/eip");
        RawHttp.Exchange exchange = RawHttp.exchange(target, ("POST " + target.getRawPath() + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                + "{\"name\":\"01").getBytes(UTF_8), 10_000, true);
        if (!handsBrokenBodiesToTheApplication()) {
            assertThat(exchange.text()).isEmpty();
            assertThat(exchange.closedByServer()).isTrue();
            return;
        }
        AbstractClientFaultContractTest.assertRawEnvelope(exchange, 400, "InvalidHTTPRequest",
                "There was an error in the body of your HTTP request.");
    }

    /** A client that resets the connection mid-download is no failure of the service's. */
    @Test
    void clientGoneMidDownloadLogsNoError() throws Exception {
        URI target = base.resolve("v1/eip/download");
        try (LogCapture log = new LogCapture()) {
            try (Socket socket = new Socket(target.getHost(), target.getPort())) {
                socket.getOutputStream().write(("GET " + target.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(UTF_8));
                assertThat(socket.getInputStream().readNBytes(1024)).hasSize(1024);
                socket.setSoLinger(true, 0); // close with RST: the next write fails
            }
            Thread.sleep(500); // let the resource run into the broken connection
            assertThat(get("v1/eip/1.2.3.4").statusCode()).isEqualTo(200);
            assertThat(log.events("io.bcekit").stream().filter(e -> e.getLevel() == Level.ERROR)
                    .map(ILoggingEvent::getFormattedMessage)).isEmpty();
        }
    }

    private HttpResponse<byte[]> postCounted(String query, String body) throws Exception {
        return send(request("v1/counted?" + query).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aRetryWithTheSameClientTokenGetsTheFirstAnswerAndRunsOnce() throws Exception {
        String token = java.util.UUID.randomUUID().toString();
        int before = io.bcekit.jaxrs.fixture.CountedResource.RUNS.get();
        HttpResponse<byte[]> first = postCounted("clientToken=" + token, "one");
        HttpResponse<byte[]> retry = postCounted("clientToken=" + token, "one");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(new String(retry.body(), UTF_8)).isEqualTo("{\"eip\":\"10.0.0." + (before + 1) + "\"}");
        assertThat(retry.headers().firstValue("content-type")).isEqualTo(first.headers().firstValue("content-type"));
        assertThat(retry.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4)
                .isNotEqualTo(first.headers().firstValue("x-bce-request-id").orElseThrow());
        assertThat(io.bcekit.jaxrs.fixture.CountedResource.RUNS.get()).isEqualTo(before + 1);
    }

    @Test
    void theSameClientTokenWithAnotherBodyIsAMismatch() throws Exception {
        String token = java.util.UUID.randomUUID().toString();
        postCounted("clientToken=" + token, "one");

        assertEnvelope(postCounted("clientToken=" + token, "two"), 403, "IdempotentParameterMismatch",
                "The request uses the same client token as a previous, but non-identical request.");
    }

    @Test
    void aFailedRunReleasesTheClientToken() throws Exception {
        String token = java.util.UUID.randomUUID().toString();
        int before = io.bcekit.jaxrs.fixture.CountedResource.RUNS.get();
        assertEnvelope(postCounted("fail=1&clientToken=" + token, "one"), 500, "InternalError",
                "We encountered an internal error. Please try again.");
        assertEnvelope(postCounted("fail=1&clientToken=" + token, "one"), 500, "InternalError",
                "We encountered an internal error. Please try again.");

        assertThat(io.bcekit.jaxrs.fixture.CountedResource.RUNS.get()).isEqualTo(before + 2);
    }

    /** The fixture application sets {@code bcekit.idempotency.max-request-body-bytes} to 4096. */
    @Test
    void theIdempotencyPropertiesAreRead() throws Exception {
        int before = io.bcekit.jaxrs.fixture.CountedResource.RUNS.get();
        assertThat(postCounted("clientToken=" + java.util.UUID.randomUUID(), "x".repeat(4096)).statusCode()).isEqualTo(200);
        assertEnvelope(postCounted("clientToken=" + java.util.UUID.randomUUID(), "x".repeat(4097)), 413, "EntityTooLarge",
                "Your request body is too large.");

        assertThat(io.bcekit.jaxrs.fixture.CountedResource.RUNS.get()).isEqualTo(before + 1);
    }

    @Test
    void aMalformedClientTokenIsInvalidUri() throws Exception {
        assertEnvelope(postCounted("clientToken=" + "a".repeat(65), "one"), 400, "InvalidURI",
                "Could not parse the specified URI.");
    }
}
