package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.UUID_V4;
import static io.bcekit.samples.Envelopes.assertEnvelope;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.samples.RawHttp.Ending;
import io.bcekit.samples.RawHttp.Exchange;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests Jetty ee11 rejects before (or instead of) running the webapp, over raw sockets. What
 * each gets, as observed on Jetty 12.1: an envelope from {@code BceErrorHandler} (bcekit-jetty) or
 * BceErrorFilter, and then either a kept-alive or a closed connection. Never a non-JSON body.
 * After each, the server still serves a normal request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final int READ_TIMEOUT_MILLIS = 5000;
    private static final String INVALID_URI = "Could not parse the specified URI.";
    private static final String INVALID_HTTP_REQUEST = "There was an error in the body of your HTTP request.";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private SampleServer server;
    private URI base;

    @BeforeAll
    void start() throws Exception {
        server = SampleServer.start(0);
        base = server.baseUri();
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
    }

    @AfterEach
    void serverStillServes() throws Exception {
        HttpResponse<String> response = http.send(SignedRequests.jdk(base, "GET", "/v1/eip")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"isTruncated\":false,");
    }

    private Exchange exchange(String request) throws Exception {
        return RawHttp.exchange(base, request, READ_TIMEOUT_MILLIS);
    }

    @Test
    void percentEncodedInvalidUtf8InThePathIsInvalidUriOnAKeptConnection() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/%FF%FE HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidURI", INVALID_URI)).matches(UUID_V4);
        assertThat(exchange.header("connection")).isEmpty();
        assertThat(exchange.ending()).isEqualTo(Ending.STILL_OPEN);
    }

    @Test
    void rawNonAsciiByteInThePathIsInvalidUriOnAKeptConnection() throws Exception {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("GET /v1/eip/".getBytes(ISO_8859_1));
        request.write(0xFF);
        request.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(ISO_8859_1));
        Exchange exchange = RawHttp.exchange(base, request.toByteArray(), READ_TIMEOUT_MILLIS);
        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidURI", INVALID_URI);
        assertThat(exchange.ending()).isEqualTo(Ending.STILL_OPEN);
    }

    @Test
    void encodedSlashInThePathIsInvalidUri() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/a%2Fb HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidURI", INVALID_URI);
        assertThat(exchange.ending()).isEqualTo(Ending.STILL_OPEN);
    }

    @Test
    void jettysOwnErrorsReuseAValidGatewayRequestId() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/%FF HTTP/1.1\r\nHost: 127.0.0.1\r\nx-bce-request-id: gw-42\r\n\r\n");
        assertThat(assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidURI", INVALID_URI)).isEqualTo("gw-42");
    }

    @Test
    void headWithAnUndecodablePathGetsTheHeadersOnly() throws Exception {
        Exchange exchange = exchange("HEAD /v1/eip/%FF%FE HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
        String id = exchange.header("x-bce-request-id").get(0);
        assertThat(id).matches(UUID_V4);
        assertThat(exchange.header("content-length")).containsExactly(
                String.valueOf(Envelopes.body(id, "InvalidURI", INVALID_URI).length()));
        assertThat(exchange.body()).isEmpty();
        assertThat(exchange.ending()).isEqualTo(Ending.STILL_OPEN);
    }

    @Test
    void tenMegabyteHeaderLineIsRequestHeaderTooLargeThenClose() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/180.76.1.2 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(10_000_000) + "\r\n\r\n");
        assertEnvelope(exchange, "HTTP/1.1 431 Request Header Fields Too Large", "RequestHeaderTooLarge",
                "The request headers are too large.");
        assertThat(exchange.header("connection")).containsExactly("close");
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void bodyThatNeverArrivesIsAnsweredThenTheConnectionIsClosed() throws Exception {
        // Unsigned: refused before the body is read, at once, without waiting for 99999999999 bytes.
        Exchange exchange = exchange("POST /v1/eip HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{\"a\":");
        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidHTTPAuthHeader",
                "The Access Key ID you provided does not exist in our records.");
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED); // the unread body cannot be skipped
    }

    @Test
    void bareCarriageReturnInAHeaderIsInvalidHttpRequestThenClose() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/180.76.1.2 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Bad: a\rb\r\n\r\n");
        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
        assertThat(exchange.header("connection")).containsExactly("close");
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void unparseableRequestLineIsInvalidHttpRequestThenClose() throws Exception {
        Exchange exchange = exchange("NOT-HTTP\r\n\r\n");
        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }
}
