package io.bcekit.spring.boot;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.bcekit.servlet.fixture.LogCapture;
import io.bcekit.spring.boot.fixture.RunningApplication;
import io.bcekit.spring.boot.secured.SecuredEndpoints;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A Boot application with the starter and Spring Security ({@link SecuredEndpoints}): Security's
 * own refusals reach the client as the envelope, by status as the filter answers a bare
 * {@code sendError}: 401 is bcekit's {@code Unauthorized} (the seed has no 401 code) with Security's
 * {@code WWW-Authenticate} challenge kept, 403 the seed's {@code AccessDenied}. A refusal by method
 * security, thrown through Spring MVC and the starter's exception resolver, is still Security's to
 * answer (401 or 403, not 500), and none of it is logged as an error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractBootSecurityTest {

    private static final String UNAUTHORIZED = "Authentication is required to access this resource.";
    private static final String ACCESS_DENIED = "Access denied.";
    private static final String BASIC_CHALLENGE = "Basic realm=\"Realm\"";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private RunningApplication application;
    private LogCapture log;

    /** Starts the fixture application with {@link SecuredEndpoints} on the server under test. */
    protected abstract RunningApplication startApplication();

    @BeforeAll
    void start() {
        log = new LogCapture();
        application = startApplication();
    }

    @AfterAll
    void stop() {
        application.close();
        log.close();
    }

    @Test
    void anonymousOnAnAuthenticatedPathIsUnauthorizedWithTheChallenge() throws Exception {
        HttpResponse<byte[]> response = send(get("secure/x"));
        assertEnvelope(response, 401, "Unauthorized", UNAUTHORIZED);
        assertThat(response.headers().allValues("www-authenticate")).containsExactly(BASIC_CHALLENGE);
        assertNoErrorLogged();
    }

    @Test
    void wrongPasswordIsUnauthorizedWithTheChallenge() throws Exception {
        HttpResponse<byte[]> response = send(get("secure/x").header("Authorization", basic("user", "wrong")));
        assertEnvelope(response, 401, "Unauthorized", UNAUTHORIZED);
        assertThat(response.headers().allValues("www-authenticate")).containsExactly(BASIC_CHALLENGE);
        assertNoErrorLogged();
    }

    @Test
    void scriptedAnonymousCallIsUnauthorizedWithoutTheChallenge() throws Exception {
        // Security answers an XMLHttpRequest with a bare status and no body (no browser login pop-up).
        HttpResponse<byte[]> response = send(get("secure/x").header("X-Requested-With", "XMLHttpRequest"));
        assertEnvelope(response, 401, "Unauthorized", UNAUTHORIZED);
        assertThat(response.headers().firstValue("www-authenticate")).isEmpty();
        assertNoErrorLogged();
    }

    @Test
    void incomingRequestIdIsTheOneInTheRefusal() throws Exception {
        String id = assertEnvelope(send(get("secure/x").header("x-bce-request-id", "gateway-id-401")), 401,
                "Unauthorized", UNAUTHORIZED);
        assertThat(id).isEqualTo("gateway-id-401");
    }

    @Test
    void userOnAnAdminPathIsAccessDenied() throws Exception {
        HttpResponse<byte[]> response = send(asUser(get("admin/x")));
        assertEnvelope(response, 403, "AccessDenied", ACCESS_DENIED);
        assertThat(response.headers().firstValue("www-authenticate")).isEmpty();
        assertNoErrorLogged();
    }

    @Test
    void userCallingAnAdminOnlyMethodIsAccessDenied() throws Exception {
        HttpResponse<byte[]> response = send(asUser(get("method/admin-only")));
        assertEnvelope(response, 403, "AccessDenied", ACCESS_DENIED);
        assertThat(response.headers().firstValue("www-authenticate")).isEmpty();
        assertNoErrorLogged();
    }

    @Test
    void anonymousCallingAnAdminOnlyMethodIsUnauthorizedWithTheChallenge() throws Exception {
        HttpResponse<byte[]> response = send(get("method/admin-only"));
        assertEnvelope(response, 401, "Unauthorized", UNAUTHORIZED);
        assertThat(response.headers().allValues("www-authenticate")).containsExactly(BASIC_CHALLENGE);
        assertNoErrorLogged();
    }

    @Test
    void adminCallingTheAdminOnlyMethodSucceeds() throws Exception {
        HttpResponse<byte[]> response = send(get("method/admin-only").header("Authorization",
                basic("admin", SecuredEndpoints.ADMIN_PASSWORD)));
        assertSuccess(response, "{\"user\":\"admin\"}");
    }

    @Test
    void postWithoutCsrfTokenIsAccessDenied() throws Exception {
        HttpResponse<byte[]> response = send(asUser(HttpRequest.newBuilder(application.base().resolve("secure/x"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))));
        assertEnvelope(response, 403, "AccessDenied", ACCESS_DENIED);
        assertNoErrorLogged();
    }

    @Test
    void signedInUserSucceedsWithTheRequestIdHeader() throws Exception {
        assertSuccess(send(asUser(get("secure/x"))), "{\"user\":\"user\"}");
    }

    private void assertSuccess(HttpResponse<byte[]> response, String body) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(new String(response.body(), UTF_8)).isEqualTo(body);
    }

    /** No ERROR line since the application started (a refusal that became a 500 would log one). */
    private void assertNoErrorLogged() {
        assertThat(log.events("").stream().filter(event -> event.getLevel() == Level.ERROR)
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()).toList()).isEmpty();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(application.base().resolve(path)).GET();
    }

    private static HttpRequest.Builder asUser(HttpRequest.Builder request) {
        return request.header("Authorization", basic("user", SecuredEndpoints.USER_PASSWORD));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
