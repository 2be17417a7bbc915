package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.UUID_V4;
import static io.bcekit.samples.Envelopes.assertEnvelope;
import static io.bcekit.samples.Envelopes.assertHeadEnvelope;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.samples.RawHttp.Ending;
import io.bcekit.samples.RawHttp.Exchange;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
 * Requests Jetty's parser rejects before any request exists, answered by
 * {@code BceErrorHandler} (bcekit-jetty) on Jetty's stand-in request: HEAD keeps its header-only
 * answer, every status Jetty chose keeps its own code, and the content type is the filter's, byte
 * for byte. Over raw sockets; the bytes after a HEAD answer's header block are read to the
 * server's close, or are the next pipelined response.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerEdgeTest {

    private static final int READ_TIMEOUT_MILLIS = 5000;
    private static final String INVALID_URI = "Could not parse the specified URI.";
    private static final String URI_TOO_LONG = "The request URI is too long.";
    private static final String VERSION_NOT_SUPPORTED = "The HTTP version of the request is not supported.";
    private static final String HOST = "Host: 127.0.0.1\r\n";

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
    }

    private Exchange exchange(String request) throws Exception {
        return RawHttp.exchange(base, request, READ_TIMEOUT_MILLIS);
    }

    // HEAD on a request Jetty could not parse: headers only, then Jetty closes; nothing in between.

    @Test
    void headWithAnUndecodableEscapeGetsTheHeadersOnlyThenClose() throws Exception {
        Exchange exchange = exchange("HEAD /v1/eip/9.9.9.9%zz HTTP/1.1\r\n" + HOST + "\r\n");
        String id = assertHeadEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidURI", INVALID_URI);
        assertThat(id).matches(UUID_V4);
        assertThat(exchange.body()).isEmpty();
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void getWithTheSameEscapeStillGetsTheBody() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/9.9.9.9%zz HTTP/1.1\r\n" + HOST + "\r\n");
        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidURI", INVALID_URI);
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void headWithA64KilobyteUriGetsTheHeadersOnlyThenClose() throws Exception {
        Exchange exchange = exchange("HEAD /v1/eip/" + "a".repeat(64 * 1024) + " HTTP/1.1\r\n" + HOST + "\r\n");
        assertHeadEnvelope(exchange, "HTTP/1.1 414 URI Too Long", "RequestURITooLong", URI_TOO_LONG);
        assertThat(exchange.body()).isEmpty();
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void headWithAnUnsupportedVersionGetsTheHeadersOnlyThenClose() throws Exception {
        Exchange exchange = exchange("HEAD /v1/eip/x HTTP/9.9\r\n" + HOST + "\r\n");
        assertHeadEnvelope(exchange, "HTTP/1.1 505 HTTP Version Not Supported", "HTTPVersionNotSupported",
                VERSION_NOT_SUPPORTED);
        assertThat(exchange.body()).isEmpty();
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void headSplitAcrossPacketsIsStillHead() throws Exception {
        byte[] received = sendInTwoParts("HE", "AD /v1/eip/9.9.9.9%zz HTTP/1.1\r\n" + HOST + "\r\n");
        Exchange exchange = new Exchange(received, Ending.CLOSED);
        assertHeadEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidURI", INVALID_URI);
        assertThat(exchange.body()).isEmpty();
    }

    @Test
    void headRejectedAfterParsingIsFollowedDirectlyByTheNextResponse() throws Exception {
        // Kept alive: the next pipelined response must start right after the header block.
        Exchange exchange = exchange("HEAD /v1/eip/%FF%FE HTTP/1.1\r\n" + HOST + "\r\n"
                + SignedRequests.raw(base, "GET", "/v1/eip") + "Connection: close\r\n\r\n");
        assertHeadEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidURI", "Could not parse the specified URI.");
        assertThat(new String(exchange.body(), ISO_8859_1)).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void aGetRejectedAfterAHeadOnTheSameConnectionKeepsItsBody() throws Exception {
        Exchange exchange = exchange(SignedRequests.raw(base, "HEAD", "/v1/eip") + "\r\n"
                + "GET /v1/eip/9.9.9.9%zz HTTP/1.1\r\n" + HOST + "\r\n");
        assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        Exchange second = new Exchange(exchange.body(), exchange.ending());
        assertEnvelope(second, "HTTP/1.1 400 Bad Request", "InvalidURI", INVALID_URI);
        assertThat(second.ending()).isEqualTo(Ending.CLOSED);
    }

    // Statuses Jetty chose keep their own code.

    @Test
    void unknownHttpVersionIsHttpVersionNotSupported() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/x HTTP/9.9\r\n" + HOST + "\r\n");
        String id = assertEnvelope(exchange, "HTTP/1.1 505 HTTP Version Not Supported", "HTTPVersionNotSupported",
                VERSION_NOT_SUPPORTED);
        assertThat(id).matches(UUID_V4);
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void http09RequestLineIsHttpVersionNotSupported() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/x\r\n");
        assertEnvelope(exchange, "HTTP/1.1 505 HTTP Version Not Supported", "HTTPVersionNotSupported",
                VERSION_NOT_SUPPORTED);
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void unknownExpectationIsExpectationFailed() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/180.76.1.2 HTTP/1.1\r\n" + HOST + "Expect: 100-something-else\r\n\r\n");
        assertEnvelope(exchange, "HTTP/1.1 417 Expectation Failed", "ExpectationFailed",
                "The expectation in the Expect header cannot be met.");
        assertThat(exchange.header("connection")).containsExactly("close");
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void http2PrefaceOnTheHttp11ConnectorIsUpgradeRequired() throws Exception {
        // The connector speaks HTTP/1.1 only: Jetty answers the HTTP/2 prior-knowledge preface with 426.
        Exchange exchange = exchange("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        assertEnvelope(exchange, "HTTP/1.1 426 Upgrade Required", "UpgradeRequired",
                "The request must be sent with another protocol.");
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    @Test
    void gatewayRequestIdIsReusedWhenJettyParsedTheHeaders() throws Exception {
        Exchange exchange = exchange("GET /v1/eip/180.76.1.2 HTTP/1.1\r\n" + HOST
                + "x-bce-request-id: gw-417\r\nExpect: 100-something-else\r\n\r\n");
        assertThat(assertEnvelope(exchange, "HTTP/1.1 417 Expectation Failed", "ExpectationFailed",
                "The expectation in the Expect header cannot be met.")).isEqualTo("gw-417");
    }

    /** Writes {@code first}, pauses so the server reads it alone, writes {@code rest}, and reads to the server's close. */
    private byte[] sendInTwoParts(String first, String rest) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(first.getBytes(ISO_8859_1));
            out.flush();
            Thread.sleep(200);
            out.write(rest.getBytes(ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received); // to EOF: Jetty closes after a rejected request
            return received.toByteArray();
        }
    }
}
