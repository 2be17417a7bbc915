package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.http.HttpMethodName;
import com.baidubce.internal.InternalRequest;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.samples.RawHttp.Ending;
import io.bcekit.samples.RawHttp.Exchange;
import io.bcekit.servlet.AbstractAuthContractTest;
import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.EchoResponse;
import io.bcekit.servlet.fixture.RecordingSdkClient;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bce-auth-v1 suite against a real Jetty 12 ee11 deployment from {@code web.xml}
 * ({@code src/test/webapp-auth}): BceErrorFilter, then BceAuthFilter configured by init-params,
 * at context path {@code /bce}, which the client signs as part of the URL path. Plus what only a
 * servlet container shows: async re-dispatch, and control characters in {@code Authorization}
 * sent over a raw socket, with exactly what Jetty 12.1 does with each.
 */
class WebXmlAuthTest extends AbstractAuthContractTest {

    private static final int READ_TIMEOUT_MILLIS = 5000;
    private static final String INVALID_HTTP_REQUEST = GlobalErrors.INVALID_HTTP_REQUEST.defaultMessage();
    private static final String INVALID_AUTH_HEADER = GlobalErrors.INVALID_HTTP_AUTH_HEADER.defaultMessage();

    private AuthWebappServer server;

    @Override
    protected URI startApplication() throws Exception {
        server = AuthWebappServer.start();
        return server.endpoint();
    }

    @Override
    protected void stopApplication() throws Exception {
        server.close();
    }

    @Test
    void asyncDispatchOfAVerifiedRequestKeepsThePrincipalWithoutASecondCheck() {
        RecordingSdkClient client = sdkHttpClient(new DefaultBceCredentials(AuthFixture.ALICE_AK, AuthFixture.ALICE_SK));
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, sdkPath("async", "go"));

        EchoResponse echo = client.send(request);
        // The ASYNC dispatch runs at another URI than the one signed: verified again, it would not match.
        assertThat(echo.getPath()).isEqualTo("/bce/v1/after-async");
        assertThat(echo.getPrincipal()).isEqualTo(AuthFixture.ALICE);
        assertThat(echo.getAuthType()).isEqualTo("bce-auth-v1");
    }

    private Exchange getWithAuthorization(String value) throws Exception {
        return RawHttp.exchange(endpoint, "GET /bce/v1/eip HTTP/1.1\r\nHost: " + host() + "\r\nAuthorization: " + value
                + "\r\n\r\n", READ_TIMEOUT_MILLIS);
    }

    /**
     * A bare CR or LF, a CRLF starting an obsolete folded line, or a NUL inside the value: Jetty's
     * parser refuses the request before any webapp code runs, and the server's envelope error
     * handler answers 400 {@code InvalidHTTPRequest}, then closes the connection. No filter sees it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bce-auth-v1/ak\rx/y", "bce-auth-v1/ak\nx/y", "bce-auth-v1/ak\r\n folded/y",
        "bce-auth-v1/ak\u0000x/y"})
    void controlCharacterInAuthorizationIsRefusedByJettyBeforeAnyFilter(String value) throws Exception {
        Exchange exchange = getWithAuthorization(value);

        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
        assertThat(exchange.header("connection")).containsExactly("close");
        assertThat(exchange.ending()).isEqualTo(Ending.CLOSED);
    }

    /** A CRLF merely ends the header line: what precedes it is the whole value, and malformed. */
    @Test
    void crlfEndsTheValueAndTheRestIsAnotherHeader() throws Exception {
        Exchange exchange = getWithAuthorization("bce-auth-v1/ak\r\nX-Injected: 1");

        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidHTTPAuthHeader", INVALID_AUTH_HEADER);
        assertThat(exchange.ending()).isEqualTo(Ending.STILL_OPEN);
    }

    /** Non-ASCII bytes (obs-text) reach the filter, which refuses them. */
    @Test
    void nonAsciiByteInAuthorizationIsInvalidHttpAuthHeader() throws Exception {
        Exchange exchange = getWithAuthorization("bce-auth-v1/\u00e9x");

        assertEnvelope(exchange, "HTTP/1.1 400 Bad Request", "InvalidHTTPAuthHeader", INVALID_AUTH_HEADER);
        assertThat(exchange.ending()).isEqualTo(Ending.STILL_OPEN);
    }
}
