package io.bcekit.tomcat;

import static io.bcekit.servlet.AbstractClientFaultContractTest.assertRawEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.servlet.fixture.RawHttp;
import io.bcekit.servlet.fixture.ServletContainer;
import io.bcekit.servlet.fixture.TomcatContainer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.catalina.core.StandardHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Tomcat answers before any filter runs, with {@link BceErrorReportValve} in place: each
 * answer is the envelope with one id in header and body and a 4xx code from the table. A table of
 * case × answer, with and without the valve, is printed for the README. Subclasses name the Tomcat.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractTomcatEdgeTest {

    private static final String HEAD = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    private static final String INVALID_URI = "Could not parse the specified URI.";
    private static final String INVALID_HTTP_REQUEST = "There was an error in the body of your HTTP request.";

    private final List<String> table = new ArrayList<>();
    private ServletContainer plain;
    private ServletContainer withValve;
    private URI plainBase;
    private URI base;

    /** The Tomcat generation under test, e.g. "Tomcat 10.1". */
    protected abstract String tomcat();

    @BeforeAll
    void start() throws Exception {
        plain = new TomcatContainer();
        plainBase = plain.start(ServletContainer.testWebapp());
        withValve = new TomcatContainer(tomcat -> ((StandardHost) tomcat.getHost())
                .setErrorReportValveClass(BceErrorReportValve.class.getName()));
        base = withValve.start(ServletContainer.testWebapp());
    }

    @AfterAll
    void stop() throws Exception {
        table.forEach(System.out::println);
        plain.close();
        withValve.close();
    }

    static Stream<Arguments> rejectedBeforeAnyFilter() {
        return Stream.of(
                Arguments.of("bad percent-encoding", "GET /v1/eip/%zz" + HEAD + "\r\n", 400, "InvalidURI", INVALID_URI),
                Arguments.of("encoded NUL", "GET /v1/eip/%00" + HEAD + "\r\n", 400, "InvalidURI", INVALID_URI),
                Arguments.of("encoded slash", "GET /v1/eip/a%2Fb" + HEAD + "\r\n", 400, "InvalidURI", INVALID_URI),
                Arguments.of("dot segment above the root", "GET /../v1/eip" + HEAD + "\r\n", 400, "InvalidURI", INVALID_URI),
                Arguments.of("64 KB header line", "GET /v1/eip/x" + HEAD + "X-Big: " + "a".repeat(65_536) + "\r\n\r\n",
                        400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST),
                Arguments.of("200 headers", "GET /v1/eip/x" + HEAD + "X-H: 1\r\n".repeat(200) + "\r\n",
                        400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST),
                Arguments.of("16 KB request line", "GET /" + "a".repeat(16_384) + HEAD + "\r\n",
                        400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST),
                Arguments.of("no Host on HTTP/1.1", "GET /v1/eip/x HTTP/1.1\r\nConnection: close\r\n\r\n",
                        400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST),
                Arguments.of("two Host headers", "GET /v1/eip/x" + HEAD + "Host: other\r\n\r\n",
                        400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST),
                Arguments.of("HTTP/1.7", "GET /v1/eip/x HTTP/1.7\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                        505, "HTTPVersionNotSupported", "The HTTP version of the request is not supported."),
                Arguments.of("absolute-form with a bad authority", "GET http://bad authority/v1/eip/x" + HEAD + "\r\n",
                        400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBeforeAnyFilter")
    void rejectedRequestGetsTheEnvelope(String name, String request, int status, String code, String message)
            throws Exception {
        RawHttp.Exchange without = RawHttp.exchange(plainBase, request, 5000);
        RawHttp.Exchange with = RawHttp.exchange(base, request, 5000);
        table.add(String.format("| %s | %s | %s | %s |", name, tomcat(), answer(without), answer(with)));

        assertRawEnvelope(with, status, code, message);
    }

    @Test
    void headRejectedBeforeAnyFilterHasNoBody() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "HEAD /v1/eip/%zz" + HEAD + "\r\n", 5000);

        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 400");
        assertThat(exchange.header("x-bce-request-id")).matches(io.bcekit.servlet.AbstractFilterContractTest.UUID_V4);
        assertThat(exchange.header("content-type")).isEqualTo("application/json;charset=utf-8");
        assertThat(exchange.body()).isEmpty();
    }

    /** Answered inside the webapp: the filter's envelope and id, untouched by the valve. */
    @Test
    void errorTheFilterAnsweredPassesUntouched() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "GET /v1/eip/9.9.9.9" + HEAD + "x-bce-request-id: gw-1\r\n\r\n", 5000);

        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 404");
        assertThat(exchange.header("x-bce-request-id")).isEqualTo("gw-1");
        assertThat(exchange.body()).isEqualTo(
                "{\"requestId\":\"gw-1\",\"code\":\"EipNotFound\",\"message\":\"The specified eip does not exist.\"}");
    }

    private static String answer(RawHttp.Exchange exchange) {
        String type = exchange.header("content-type");
        String body = exchange.body();
        String kind = body.isEmpty() ? "no body" : body.startsWith("{\"requestId\"") ? "envelope "
                + body.replaceAll(".*\"code\":\"([^\"]+)\".*", "$1") : type == null ? "body" : type.replaceAll(";.*", "");
        return exchange.statusLine().replaceAll("^HTTP/1\\.1 (\\d+).*", "$1") + ", " + kind;
    }
}
