package io.bcekit.servlet;

import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.auth.BceAuthV1;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.SignedRequest;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.AuthServlets;
import io.bcekit.servlet.fixture.LogCapture;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Setting BceAuthFilter up: init-params (each one's effect, bad values refused at startup), the
 * programmatic constructor, the trusted-proxy option, and the filter without BceErrorFilter.
 * On Jetty ee10, signed by {@link BceAuthV1} for the JDK client (which sends Host and
 * {@code Content-Length: 0}).
 */
class BceAuthFilterSetupTest {

    private static final String CREDENTIALS = AuthFixture.Credentials.class.getName();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Server server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** Starts Jetty with BceErrorFilter (unless {@code withErrorFilter} is false), then {@code auth}, then the echo. */
    private URI start(FilterHolder auth, boolean withErrorFilter) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        if (withErrorFilter) {
            context.addFilter(new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults())), "/*",
                    EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        }
        context.addFilter(auth, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        context.addServlet(AuthServlets.Echo.class, "/");
        server.setHandler(context);
        server.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    private URI start(Map<String, String> initParameters) throws Exception {
        FilterHolder auth = new FilterHolder(BceAuthFilter.class);
        auth.setInitParameters(initParameters);
        return start(auth, true);
    }

    /** A GET of {@code path} signed by alice for {@code host} at {@code timestamp}. */
    private HttpResponse<byte[]> signedGet(URI base, String path, String host, Instant timestamp,
            Map<String, String> extraHeaders) throws Exception {
        SignedRequest signed = SignedRequest.builder("GET", path).header("Host", host).header("Content-Length", "0")
                .build();
        String authorization = BceAuthV1.authorization(signed, AuthFixture.ALICE_AK, AuthFixture.ALICE_SK,
                timestamp.truncatedTo(ChronoUnit.SECONDS), 1800, "");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(10));
        extraHeaders.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> signedGet(URI base, String path) throws Exception {
        return signedGet(base, path, base.getHost() + ":" + base.getPort(), Instant.now(), Map.of());
    }

    private HttpResponse<byte[]> unsignedGet(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String principalSeenBy(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue(AuthFixture.ECHO_PRINCIPAL).orElse(null);
    }

    @Test
    void initParamsConfigureEveryPart() throws Exception {
        URI base = start(Map.of("credential-source", CREDENTIALS,
                "authorizer", AuthFixture.ReaderMayOnlyRead.class.getName(),
                "exclude-paths", " /health , /status/* ",
                "max-clock-skew-seconds", "0",
                "trust-forwarded-host", "FALSE"));

        assertThat(principalSeenBy(signedGet(base, "/v1/eip"))).isEqualTo(AuthFixture.ALICE);
        assertThat(principalSeenBy(unsignedGet(base, "/health"))).isNull();
        assertThat(principalSeenBy(unsignedGet(base, "/status"))).isNull();
        assertThat(principalSeenBy(unsignedGet(base, "/status/db/ping"))).isNull();
        assertEnvelope(unsignedGet(base, "/statuses"), 400, "InvalidHTTPAuthHeader",
                GlobalErrors.INVALID_HTTP_AUTH_HEADER.defaultMessage());
        // No skew allowed: a timestamp a minute ahead is already expired.
        Instant ahead = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        assertEnvelope(signedGet(base, "/v1/eip", base.getHost() + ":" + base.getPort(), ahead, Map.of()), 400,
                "RequestExpired", "Request has expired. Timestamp date is " + ahead + " .");
    }

    @Test
    void dotSegmentsCannotBorrowAnExclusion() throws Exception {
        URI base = start(Map.of("credential-source", CREDENTIALS, "exclude-paths", "/status/*"));

        // Jetty resolves the dots before routing, so the echo at /v1/eip is what would be served:
        // the filter matches exclusions on that routed path, and it is not excluded.
        assertEnvelope(http.send(HttpRequest.newBuilder(URI.create(base + "/status/../v1/eip"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray()),
                400, "InvalidHTTPAuthHeader", GlobalErrors.INVALID_HTTP_AUTH_HEADER.defaultMessage());
        // Encoded dots are an ambiguous segment Jetty refuses by default, before any filter.
        HttpResponse<byte[]> encoded = unsignedGet(base, "/status/%2e%2e/v1/eip");
        assertThat(encoded.statusCode()).isEqualTo(400);
        assertThat(encoded.headers().firstValue(AuthFixture.ECHO_PATH)).isEmpty();
    }

    @Test
    void trustedForwardedHostIsVerifiedInsteadOfHost() throws Exception {
        URI trusting = start(Map.of("credential-source", CREDENTIALS, "trust-forwarded-host", "true"));
        Map<String, String> proxied = Map.of("X-Forwarded-Host", "eip.example.com");

        assertThat(principalSeenBy(signedGet(trusting, "/v1/eip", "eip.example.com", Instant.now(), proxied)))
                .isEqualTo(AuthFixture.ALICE);
        assertThat(principalSeenBy(signedGet(trusting, "/v1/eip"))).as("without the header, Host counts")
                .isEqualTo(AuthFixture.ALICE);
    }

    @Test
    void forwardedHostIsIgnoredByDefault() throws Exception {
        URI base = start(Map.of("credential-source", CREDENTIALS));

        assertEnvelope(signedGet(base, "/v1/eip", "eip.example.com", Instant.now(),
                        Map.of("X-Forwarded-Host", "eip.example.com")), 400, "SignatureDoesNotMatch",
                GlobalErrors.SIGNATURE_DOES_NOT_MATCH.defaultMessage());
    }

    @Test
    void filterConfiguredInCodeUsesItsVerifierAndExclusions() throws Exception {
        BceAuthVerifier verifier = BceAuthVerifier.builder(AuthFixture.credentialSource()).build();
        URI base = start(new FilterHolder(new BceAuthFilter(verifier, List.of("/status/*"))), true);

        assertThat(principalSeenBy(signedGet(base, "/v1/eip"))).isEqualTo(AuthFixture.ALICE);
        assertThat(principalSeenBy(unsignedGet(base, "/status/db"))).isNull();
        assertEnvelope(unsignedGet(base, "/health"), 400, "InvalidHTTPAuthHeader",
                GlobalErrors.INVALID_HTTP_AUTH_HEADER.defaultMessage());
    }

    @Test
    void filterConfiguredInCodeRejectsInitParams() {
        FilterHolder auth = new FilterHolder(new BceAuthFilter(AuthFixture.verifier()));
        auth.setInitParameter("exclude-paths", "/health");
        assertThatThrownBy(() -> start(auth, true)).hasStackTraceContaining("it takes no init-params");
    }

    @Test
    void badInitParamsStopTheFilterFromStartingNamingThem() {
        assertThatThrownBy(() -> start(Map.of("credential-source", CREDENTIALS, "exclude-path", "/health")))
                .hasStackTraceContaining("Unknown BceAuthFilter parameter 'exclude-path'");
        assertThatThrownBy(() -> start(Map.of("exclude-paths", "/health")))
                .hasStackTraceContaining("Missing credential-source");
        assertThatThrownBy(() -> start(Map.of("credential-source", "com.example.NoSuchSource")))
                .hasStackTraceContaining("Bad credential-source: class com.example.NoSuchSource not found");
        assertThatThrownBy(() -> start(Map.of("credential-source", String.class.getName())))
                .hasStackTraceContaining("java.lang.String is not a io.bcekit.auth.CredentialSource");
        assertThatThrownBy(() -> start(Map.of("credential-source", CREDENTIALS, "authorizer", CREDENTIALS)))
                .hasStackTraceContaining("is not a io.bcekit.auth.Authorizer");
        assertThatThrownBy(() -> start(Map.of("credential-source", CREDENTIALS, "exclude-paths", "/health*")))
                .hasStackTraceContaining("Bad excluded path '/health*'");
        assertThatThrownBy(() -> start(Map.of("credential-source", CREDENTIALS, "max-clock-skew-seconds", "-1")))
                .hasStackTraceContaining("Bad max-clock-skew-seconds '-1'");
        assertThatThrownBy(() -> start(Map.of("credential-source", CREDENTIALS, "trust-forwarded-host", "yes")))
                .hasStackTraceContaining("Bad trust-forwarded-host 'yes'");
    }

    @Test
    void programmaticExclusionsAreCheckedToo() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BceAuthFilter(AuthFixture.verifier(), List.of("/*")))
                .withMessageContaining("'/*'");
    }

    @Test
    void withoutBceErrorFilterARejectionIsTheContainersErrorAndIsLoggedOnce() throws Exception {
        URI base = start(new FilterHolder(new BceAuthFilter(AuthFixture.verifier())), false);
        try (LogCapture logs = new LogCapture()) {
            assertThat(unsignedGet(base, "/v1/eip").statusCode()).isEqualTo(500);
            assertThat(unsignedGet(base, "/v1/eip").statusCode()).isEqualTo(500);

            assertThat(logs.events(BceAuthFilter.class.getName())).singleElement()
                    .satisfies(event -> assertThat(event.getFormattedMessage()).contains("Map BceErrorFilter first"));
        }
    }
}
