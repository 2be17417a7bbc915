package io.bcekit.spring.boot;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.servlet.fixture.SameFailure;
import io.bcekit.spring.boot.fixture.RunningApplication;
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

/**
 * A Boot application (4 here, 3.5 in compat/spring-boot3) with the starter and nothing else of
 * bcekit's: every failure Spring MVC or a controller raises reaches the client as the envelope,
 * with the status, code and message the other stacks give, and one request id in header and body.
 * Subclasses name the embedded server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractBootContractTest {

    private static final String INAPPROPRIATE =
            "The JSON you provided was well-formed and valid, but not appropriate for this operation.";
    private static final String INVALID_URI = "Could not parse the specified URI.";
    private static final String INVALID_HTTP_REQUEST = "There was an error in the body of your HTTP request.";
    private static final String INTERNAL_ERROR = "We encountered an internal error. Please try again.";

    protected RunningApplication application;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Starts the fixture application on the server under test. */
    protected abstract RunningApplication startApplication();

    /** The simple class name of Boot's WebServer for that server. */
    protected abstract String webServerType();

    @BeforeAll
    void start() {
        application = startApplication();
    }

    @AfterAll
    void stop() {
        application.close();
    }

    @Test
    void runsOnTheServerUnderTest() {
        assertThat(application.webServerType()).isEqualTo(webServerType());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(application.base().resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpResponse<byte[]> postJson(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(application.base().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @ParameterizedTest
    @EnumSource(SameFailure.class)
    void sameFailureGetsTheSameEnvelopeAsOnEveryStack(SameFailure failure) throws Exception {
        assertEnvelope(send(failure.request(application.base())), failure.status, failure.code, failure.message);
    }

    @Test
    void successPassesUntouchedWithTheRequestIdHeader() throws Exception {
        HttpResponse<byte[]> response = get("mvc/eip/7");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"id\":7}");
    }

    @Test
    void unknownJsonPropertiesAreIgnored() throws Exception {
        HttpResponse<byte[]> response = postJson("same/create", "{\"bandwidthInMbps\":5,\"colour\":\"red\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"bandwidthInMbps\":5}");
    }

    @Test
    void theApplicationsOwnExceptionHandlerAnswersItsExceptionWithTheRequestIdHeader() throws Exception {
        HttpResponse<byte[]> response = get("mvc/quota");
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
        assertThat(response.headers().allValues("retry-after")).containsExactly("60");
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"quota\":\"exhausted\"}");
    }

    @Test
    void validIncomingRequestIdIsReusedInHeaderAndBody() throws Exception {
        String id = assertEnvelope(get("mvc/eip-not-found", "x-bce-request-id", "gateway-id-1"), 404, "EipNotFound",
                "The specified eip does not exist.");
        assertThat(id).isEqualTo("gateway-id-1");
    }

    @Test
    void wrongTypeAtTheTopLevelNamesTheField() throws Exception {
        assertEnvelope(postJson("same/create", "{\"bandwidthInMbps\":\"lots\"}"), 400, "InappropriateJSON",
                INAPPROPRIATE + " Check field 'bandwidthInMbps'.");
    }

    @Test
    void violatedConstraintOnAQueryParameterIsInappropriateJson() throws Exception {
        assertEnvelope(get("mvc/limited?maxKeys=0"), 400, "InappropriateJSON",
                INAPPROPRIATE + " Request must be greater than or equal to 1.");
    }

    @Test
    void missingQueryParameterIsInvalidUri() throws Exception {
        assertEnvelope(get("mvc/list"), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void unconvertibleQueryParameterIsInvalidUri() throws Exception {
        assertEnvelope(get("mvc/list?maxKeys=lots"), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void unconvertiblePathVariableIsInvalidUri() throws Exception {
        assertEnvelope(get("mvc/eip/seven"), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void queryValueThatDoesNotBindToAModelAttributeIsInvalidUri() throws Exception {
        assertEnvelope(get("mvc/page?maxKeys=lots"), 400, "InvalidURI", INVALID_URI);
    }

    @Test
    void unconvertibleCookieIsInvalidHttpRequest() throws Exception {
        assertEnvelope(get("mvc/cookie", "Cookie", "count=lots"), 400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
    }

    @Test
    void unconvertibleHeaderIsInvalidHttpRequest() throws Exception {
        assertEnvelope(get("mvc/header", "x-count", "lots"), 400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
    }

    @Test
    void missingHeaderIsInvalidHttpRequest() throws Exception {
        assertEnvelope(get("mvc/header"), 400, "InvalidHTTPRequest", INVALID_HTTP_REQUEST);
    }

    @Test
    void unsupportedMethodKeepsItsAllowHeader() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(application.base().resolve("mvc/json"))
                .DELETE());
        assertEnvelope(response, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        assertThat(response.headers().allValues("allow")).containsExactly("GET");
    }

    @Test
    void unproducibleAcceptIsNotAcceptable() throws Exception {
        assertEnvelope(get("mvc/json", "Accept", "text/csv"), 406, "NotAcceptable",
                "None of the media types in the Accept header can be produced for this resource.");
    }

    @Test
    void checkedExceptionIsAnInternalErrorWithoutItsMessage() throws Exception {
        assertEnvelope(get("mvc/checked"), 500, "InternalError", INTERNAL_ERROR);
    }

    @Test
    void responseStatusExceptionIsAnsweredByItsStatus() throws Exception {
        assertEnvelope(get("mvc/unavailable"), 503, "ServiceUnavailable",
                "The service is temporarily unavailable. Please try again.");
    }

    @Test
    void exceptionAnnotatedWithResponseStatusIsAnsweredByItsStatus() throws Exception {
        assertEnvelope(get("mvc/gone"), 410, "Gone", "The requested resource is no longer available.");
    }

    @Test
    void failureOfAnAsyncHandlerGetsTheEnvelope() throws Exception {
        assertEnvelope(get("mvc/async-failure"), 404, "EipNotFound", "The specified eip does not exist.");
    }

    @Test
    void asyncTimeoutIsServiceUnavailable() throws Exception {
        assertEnvelope(get("mvc/async-timeout"), 503, "ServiceUnavailable",
                "The service is temporarily unavailable. Please try again.");
    }

    @Test
    void errorDispatchIsAnsweredByTheFilterNotBoot() throws Exception {
        assertEnvelope(get("container-error"), 503, "ServiceUnavailable",
                "The service is temporarily unavailable. Please try again.");
    }

    @Test
    void headOfAFailureGetsStatusAndHeadersWithoutBody() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(application.base().resolve("mvc/eip-not-found"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json;charset=utf-8");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void bootErrorPathIsNoEndpoint() throws Exception {
        assertEnvelope(get("error"), 400, "InvalidURI", INVALID_URI);
    }
}
