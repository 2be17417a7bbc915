package io.bcekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.JsSdkRequests;
import io.bcekit.servlet.fixture.JsSdkRequests.Recorded;
import io.bcekit.servlet.fixture.RawHttp;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests signed by the official BCE JavaScript SDK ({@link JsSdkRequests}), replayed byte for
 * byte over a socket to {@code BceAuthFilter} in front of the echo servlet at the root context.
 * The verifier's clock stands at the signing time. The SDK always signs {@code Host}, so the
 * recorded {@code Host: 127.0.0.1:18080} is sent unchanged: both containers serve any Host on
 * their default host, and the filter verifies the Host it received.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractJsSdkSignatureTest {

    private static final Map<String, String> PRINCIPALS =
            Map.of(AuthFixture.ALICE_AK, AuthFixture.ALICE, AuthFixture.STS_AK, AuthFixture.STS_PRINCIPAL);

    /** Served by {@link HeadersAsReceived}, excluded from verification. */
    protected static final String HEADERS_PATH = "/headers-as-received";
    /** Header lines in letter cases clients send, each with a lower-case twin in Jetty's header cache. */
    private static final List<String> ODD_CASE_LINES = List.of("Content-Type: application/json; charset=UTF-8",
            "Accept-Encoding: GZIP, deflate", "Cache-Control: No-Cache", "Pragma: No-Cache");

    private URI endpoint;

    /**
     * Starts BceErrorFilter, then BceAuthFilter with {@code verifier} and {@link #HEADERS_PATH}
     * excluded, then {@link HeadersAsReceived} at {@link #HEADERS_PATH} and the echo servlet at "/".
     */
    protected abstract URI startApplication(BceAuthVerifier verifier) throws Exception;

    protected abstract void stopApplication() throws Exception;

    /** The requests this container hands the application altered, so that they fail their signature. */
    protected Set<String> expectedSignatureMismatches() {
        return Set.of();
    }

    /** The lines {@link HeadersAsReceived} reports for {@code sent}: by default exactly those sent. */
    protected List<String> linesAsSeen(List<String> sent) {
        return sent;
    }

    @BeforeAll
    void start() throws Exception {
        BceAuthVerifier verifier = BceAuthVerifier.builder(AuthFixture.credentialSource())
                .authorizer(new AuthFixture.ReaderMayOnlyRead())
                .clock(Clock.fixed(JsSdkRequests.SIGNED_AT, ZoneOffset.UTC))
                .build();
        endpoint = startApplication(verifier);
    }

    @AfterAll
    void stop() throws Exception {
        stopApplication();
    }

    static List<Recorded> recorded() {
        return JsSdkRequests.all();
    }

    @Test
    void theRecordingHoldsTwentyRequestsAndNamesEveryExpectedMismatch() {
        Set<String> names = recorded().stream().map(Recorded::name).collect(Collectors.toSet());
        assertThat(recorded()).hasSize(20);
        assertThat(names).as("distinct names").hasSize(20).containsAll(expectedSignatureMismatches());
    }

    /** The cause of any mismatch, shown directly: the header values the application is handed. */
    @Test
    void theApplicationIsHandedTheseHeaderValues() throws Exception {
        String request = "GET " + HEADERS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + String.join("\r\n", ODD_CASE_LINES) + "\r\nConnection: close\r\n\r\n";
        RawHttp.Exchange response = RawHttp.exchange(endpoint, request, 5000);

        assertThat(response.statusLine()).startsWith("HTTP/1.1 200 ");
        assertThat(response.body().split("\n")).containsExactlyElementsOf(linesAsSeen(ODD_CASE_LINES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void jsSdkRequestIsVerifiedAsSigned(Recorded request) throws Exception {
        RawHttp.Exchange response = RawHttp.exchange(endpoint, request.bytes(), 5000);

        if (expectedSignatureMismatches().contains(request.name())) {
            GlobalErrors mismatch = GlobalErrors.SIGNATURE_DOES_NOT_MATCH;
            assertThat(response.statusLine()).startsWith("HTTP/1.1 " + mismatch.httpStatus() + " ");
            assertThat(response.body()).isEqualTo("{\"requestId\":\"" + response.header("x-bce-request-id")
                    + "\",\"code\":\"" + mismatch.code() + "\",\"message\":\"" + mismatch.defaultMessage() + "\"}");
            return;
        }
        String principal = PRINCIPALS.get(request.accessKeyId());
        byte[] echo = AuthFixture.echoJson(request.method(), request.rawPath(), request.rawQuery(),
                new BcePrincipal(principal, request.accessKeyId()), principal, "bce-auth-v1", request.body());
        assertThat(response.statusLine()).startsWith("HTTP/1.1 200 "); // Tomcat sends no reason phrase
        assertThat(response.body()).isEqualTo(new String(echo, StandardCharsets.ISO_8859_1));
    }

    /** Answers {@link #ODD_CASE_LINES}' headers as the application reads them, one "Name: value" line each. */
    public static class HeadersAsReceived extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String lines = ODD_CASE_LINES.stream().map(line -> line.substring(0, line.indexOf(':')))
                    .map(name -> name + ": " + request.getHeader(name)).collect(Collectors.joining("\n"));
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write(lines);
        }
    }
}
