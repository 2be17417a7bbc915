package io.bcekit.compat.jersey4;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.jaxrs.BceAuthRequestFilter;
import io.bcekit.jaxrs.BceFeature;
import io.bcekit.servlet.AbstractAuthContractTest;
import io.bcekit.servlet.AuthRejectionLogContract;
import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.RawHttp;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bce-auth-v1 suite on Jersey 4 on Grizzly, without a servlet container: BceFeature and
 * BceAuthRequestFilter alone, the application at {@code /api}. Plus control characters in
 * {@code Authorization} over a raw socket, with exactly what Grizzly 4 does with each: unlike
 * Jetty it passes them on, and the filter refuses them.
 */
class JerseyGrizzlyAuthTest extends AbstractAuthContractTest implements AuthRejectionLogContract {

    private static final String INVALID_AUTH_HEADER = GlobalErrors.INVALID_HTTP_AUTH_HEADER.defaultMessage();

    private HttpServer server;

    @Override
    protected URI startApplication() throws Exception {
        ResourceConfig application = new ResourceConfig()
                .register(new BceFeature())
                .register(new BceAuthRequestFilter(AuthFixture.verifier(), List.of("/health")))
                .register(AuthEchoResource.class);
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/api/"), application, false);
        for (NetworkListener listener : server.getListeners()) {
            listener.setMaxHttpHeaderSize(256 * 1024); // a 100 KB Authorization reaches the filter
        }
        server.start();
        // %2F in paths: Grizzly's handler chain refuses to map an encoded slash (a bare 500) unless allowed.
        server.getHttpHandler().setAllowEncodedSlash(true);
        int port = server.getListeners().iterator().next().getPort();
        return URI.create("http://127.0.0.1:" + port + "/api");
    }

    @Override
    protected void stopApplication() {
        server.shutdownNow();
    }

    private RawHttp.Exchange getWithAuthorization(String value, int timeoutMillis) throws Exception {
        return RawHttp.exchange(endpoint, "GET /api/v1/eip HTTP/1.1\r\nHost: " + host() + "\r\nAuthorization: " + value
                + "\r\n\r\n", timeoutMillis);
    }

    private static void assertInvalidAuthHeaderThenClose(RawHttp.Exchange exchange) {
        assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
        String id = exchange.head().lines().filter(line -> line.startsWith("x-bce-request-id: ")).findFirst()
                .orElseThrow().substring("x-bce-request-id: ".length());
        assertThat(exchange.body()).isEqualTo("{\"requestId\":\"" + id
                + "\",\"code\":\"InvalidHTTPAuthHeader\",\"message\":\"" + INVALID_AUTH_HEADER + "\"}");
        assertThat(exchange.head()).contains("\r\nConnection: close");
        assertThat(exchange.closedByServer()).isTrue();
    }

    /**
     * Grizzly hands these to the application: a bare CR or a NUL stays in the value, an obsolete
     * folded line is joined to it, a bare LF or a CRLF ends it (the rest is another header). The
     * filter refuses each value as {@code InvalidHTTPAuthHeader}; Grizzly closes after any 400.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bce-auth-v1/ak\rx/y", "bce-auth-v1/ak\u0000x/y", "bce-auth-v1/ak\r\n folded/y",
        "bce-auth-v1/ak\nX-Other: y", "bce-auth-v1/ak\r\nX-Injected: 1", "bce-auth-v1/\u00e9x"})
    void controlCharacterInAuthorizationIsInvalidHttpAuthHeader(String value) throws Exception {
        assertInvalidAuthHeaderThenClose(getWithAuthorization(value, 5000));
    }

    /**
     * A bare LF followed by text without a colon: Grizzly reads that text as the start of a header
     * name and waits for the rest, so nothing is answered (and no filter runs) until more bytes or
     * the idle timeout arrive.
     */
    @Test
    void bareLfBeforeTextWithoutAColonLeavesGrizzlyWaiting() throws Exception {
        RawHttp.Exchange exchange = getWithAuthorization("bce-auth-v1/ak\nx/y", 3000);

        assertThat(exchange.text()).isEmpty();
        assertThat(exchange.closedByServer()).isFalse();
    }

    @Override
    public HttpResponse<byte[]> getUnsigned() throws Exception {
        return get("/v1/eip", Map.of());
    }
}
