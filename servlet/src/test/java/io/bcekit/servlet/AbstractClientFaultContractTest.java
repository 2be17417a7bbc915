package io.bcekit.servlet;

import static io.bcekit.servlet.AbstractFilterContractTest.JSON_UTF8;
import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bcekit.servlet.fixture.DeployedWebappTest;
import io.bcekit.servlet.fixture.LogCapture;
import io.bcekit.servlet.fixture.RawHttp;
import io.bcekit.servlet.fixture.ServletContainer;
import java.io.InputStream;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile or broken client can do to a handler reading its body or writing its response,
 * over raw sockets: each is a 4xx envelope or no answer at all, never a 500, never an ERROR line,
 * and the server keeps serving. Subclasses name the container.
 */
public abstract class AbstractClientFaultContractTest extends DeployedWebappTest {

    private static final String INVALID_HTTP_REQUEST = "There was an error in the body of your HTTP request.";

    private LogCapture log;

    @BeforeEach
    void captureLog() {
        log = new LogCapture();
    }

    @AfterEach
    void noErrorWasLogged() throws Exception {
        try {
            assertServing();
            List<ILoggingEvent> errors = log.events("").stream().filter(e -> e.getLevel() == Level.ERROR).toList();
            assertThat(errors).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        } finally {
            log.close();
        }
    }

    /** A chunk size that is not hex: whichever way the handler reads, the body is the client's fault. */
    @ParameterizedTest
    @ValueSource(strings = {"stream", "reader", "json"})
    void badChunkSizeIsInvalidHttpRequest(String reading) throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "POST /body/" + reading + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 10_000);

        assertRawEnvelope(exchange, 400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
    }

    /** The client declares 100 bytes, sends 10, then closes its side: the body ended early. */
    @ParameterizedTest
    @ValueSource(strings = {"stream", "json"})
    void bodyShorterThanItsLengthIsInvalidHttpRequest(String reading) throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, ("POST /body/" + reading + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":\"0123").getBytes(ISO_8859_1),
                10_000, true);

        assertRawEnvelope(exchange, 400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
    }

    /** The client sends part of its body, then nothing, until the container's idle timeout. */
    @Test
    void stalledBodyIsRequestTimeout() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "POST /body/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":", 3 * ServletContainer.IDLE_TIMEOUT_MILLIS);

        assertRawEnvelope(exchange, 408, "RequestTimeout", "The request was not completed in time.");
    }

    /** Jackson's read limit on a string, met by a handler mapping the body itself. */
    @Test
    void stringLongerThanJacksonAllowsIsMalformedJson() throws Exception {
        String json = "{\"name\":\"" + "a".repeat(20_000_001) + "\"}";
        RawHttp.Exchange exchange = RawHttp.exchange(base, ("POST /body/json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json)
                .getBytes(ISO_8859_1), 10_000);

        assertRawEnvelope(exchange, 400, "MalformedJSON", "The JSON you provided was not well-formed.");
    }

    /** A charset no decoder here knows, named by the client's Content-Type, for a handler reading text. */
    @Test
    void unknownCharsetIsInvalidHttpRequest() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "POST /body/reader HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain; charset=no-such-charset\r\nContent-Length: 2\r\n\r\nhi", 10_000);

        assertRawEnvelope(exchange, 400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
    }

    /** The client reads a little of a large download and resets the connection. */
    @Test
    void clientGoneMidResponseIsNoError() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write("GET /download HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(ISO_8859_1));
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(1024)).hasSize(1024);
            socket.setSoLinger(true, 0); // close with RST: the server's next write fails
        }
        Thread.sleep(500); // let the handler run into the broken connection before the log is read
    }

    /** The longest log message any request may cause: id, method (32), target (256), two details (512 each) and words. */
    static final int MAX_LOG_MESSAGE = 1500;

    /** Twenty kinds of malformed request, each a client's doing that no log reader should be woken for. */
    private static List<byte[]> malformedRequests() {
        String head = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        String json = "Content-Type: application/json\r\n";
        List<String> requests = List.of(
                "POST /body/stream" + head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                "POST /body/json" + head + json + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\nq\r\n",
                "POST /body/json" + head + json + "Content-Length: 10\r\n\r\n{\"a\":",
                "POST /body/json" + head + json + "Content-Length: 7\r\n\r\n{\"a\":1",
                "POST /body/json" + head + json + "Content-Length: 0\r\n\r\n",
                "POST /body/json" + head + json + "Content-Length: 6001\r\n\r\n" + "[".repeat(3000) + "]".repeat(3001),
                "POST /body/json" + head + json + "Content-Length: 5007\r\n\r\n{\"a\":" + "1".repeat(5000) + "}",
                "POST /body/json" + head + json + "Content-Length: 9\r\n\r\n{\"a\":\"\u00c3(\"}",
                "BREW /ok" + head + "\r\n",
                "X".repeat(7900) + " /ok" + head + "\r\n",
                "GET /v1/eip/" + "a".repeat(8000) + head + "\r\n",
                "GET /v1/eip/%0d%0arequestId=forged%20GET%20/%20-%3E%20200" + head + "\r\n",
                "GET /v1/eip/%zz" + head + "\r\n",
                "GET /v1/eip/1.2.3.4" + head + "x-bce-request-id: " + "\u00e9".repeat(10_000) + "\r\n\r\n",
                "GET /ok HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
                "GET /ok\r\n\r\n",
                "DELETE /only-get" + head + "\r\n",
                "\u0000\u0001\u0002 / HTTP/1.1\r\n\r\n",
                "GET /fail/send-error-404" + head + "\r\n",
                "POST /body/reader" + head + "Content-Type: text/plain; charset=no-such-charset\r\nContent-Length: 2\r\n\r\nhi");
        return requests.stream().map(request -> request.getBytes(ISO_8859_1)).toList();
    }

    /**
     * The logging policy under a barrage: 200 malformed requests (20 kinds, each 10 times) log
     * nothing at ERROR and no message over {@link #MAX_LOG_MESSAGE} characters or with a line break;
     * one genuine failure of the service's logs exactly one ERROR, with its stack trace.
     */
    @Test
    void malformedRequestBarrageLogsNoErrorAndOneGenuineFailureLogsOne() throws Exception {
        ch.qos.logback.classic.Logger bcekit = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.bcekit");
        Level previous = bcekit.getLevel();
        bcekit.setLevel(Level.DEBUG);
        try {
            List<byte[]> kinds = malformedRequests();
            for (int round = 0; round < 10; round++) {
                for (byte[] request : kinds) {
                    RawHttp.exchange(base, request, 2000, true);
                }
            }
            assertThat(log.events("").stream().filter(e -> e.getLevel() == Level.ERROR)
                    .map(ILoggingEvent::getFormattedMessage)).isEmpty();
            assertThat(log.events("io.bcekit")).hasSizeGreaterThanOrEqualTo(100).allSatisfy(event -> {
                assertThat(event.getFormattedMessage()).hasSizeLessThanOrEqualTo(MAX_LOG_MESSAGE).doesNotContain("\n", "\r");
                assertThat(event.getThrowableProxy()).isNull();
            });

            RawHttp.exchange(base, "GET /fail/runtime HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 5000);
            List<ILoggingEvent> errors = log.events("").stream().filter(e -> e.getLevel() == Level.ERROR).toList();
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getFormattedMessage()).matches("requestId=" + UUID_V4 + " GET /fail/runtime -> 500 InternalError");
                assertThat(error.getThrowableProxy().getMessage()).isEqualTo("db password=hunter2 at 10.1.2.3");
                assertThat(error.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
            });
            log.close();
            log = new LogCapture(); // the genuine ERROR is this test's point, not a failure of the after-check
        } finally {
            bcekit.setLevel(previous);
        }
    }

    /** The whole envelope in a raw answer: status, one id in header and body, JSON type and length. */
    public static void assertRawEnvelope(RawHttp.Exchange exchange, int status, String code, String message) {
        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 " + status);
        String id = exchange.header("x-bce-request-id");
        assertThat(id).matches(UUID_V4);
        assertThat(exchange.header("content-type")).matches(JSON_UTF8);
        String body = new String(exchange.body().getBytes(ISO_8859_1), UTF_8);
        assertThat(exchange.header("content-length")).isEqualTo(String.valueOf(exchange.body().length()));
        assertThat(body).isEqualTo("{\"requestId\":\"" + id + "\",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    private void assertServing() throws Exception {
        RawHttp.Exchange ok = RawHttp.exchange(base, "GET /ok HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 5000);
        assertThat(ok.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(ok.body()).endsWith("hello");
    }
}
