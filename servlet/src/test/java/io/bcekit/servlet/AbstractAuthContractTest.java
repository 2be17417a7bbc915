package io.bcekit.servlet;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.baidubce.BceServiceException;
import com.baidubce.auth.BceCredentials;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.auth.DefaultBceSessionCredentials;
import com.baidubce.auth.SignOptions;
import com.baidubce.http.HttpMethodName;
import com.baidubce.internal.InternalRequest;
import com.baidubce.internal.RestartableInputStream;
import com.baidubce.services.eip.EipClient;
import com.baidubce.services.eip.model.ListEipsRequest;
import com.baidubce.services.eip.model.ListEipsResponse;
import com.baidubce.util.HttpUtils;
import io.bcekit.auth.BceAuthV1;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.auth.SignedRequest;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.EchoResponse;
import io.bcekit.servlet.fixture.RecordingSdkClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bce-auth-v1 end to end, with the official SDK ({@code bce-java-sdk}, unmodified) signing real
 * requests against an application whose every path except {@code /health} is behind bcekit's
 * verification and answered by an echo endpoint ({@link AuthFixture#echoJson}) reporting what the
 * handler saw. Subclasses start the application (a servlet container with {@code BceAuthFilter},
 * a JAX-RS runtime with {@code BceAuthRequestFilter}, or both) with {@link AuthFixture}'s
 * credentials and authorizer, a request-header limit above 100 KB, and {@code %2F} in paths
 * allowed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractAuthContractTest {

    private static final String INVALID_AUTH_HEADER = GlobalErrors.INVALID_HTTP_AUTH_HEADER.defaultMessage();

    protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<RecordingSdkClient> httpClients = new ArrayList<>();
    /** Scheme, host, port and the application's path, no trailing slash: {@code http://127.0.0.1:4321/bce}. */
    protected URI endpoint;
    private RecordingSdkClient alice;

    /** Starts the application and returns its endpoint (see {@link #endpoint}). */
    protected abstract URI startApplication() throws Exception;

    protected abstract void stopApplication() throws Exception;

    @BeforeAll
    void start() throws Exception {
        endpoint = startApplication();
        alice = sdkHttpClient(new DefaultBceCredentials(AuthFixture.ALICE_AK, AuthFixture.ALICE_SK));
    }

    @AfterAll
    void stop() throws Exception {
        httpClients.forEach(RecordingSdkClient::shutdown);
        stopApplication();
    }

    // ---- the SDK as client ------------------------------------------------------------------

    /** The SDK's HTTP client and signer for the application (recording the echo headers); shut down after all. */
    protected RecordingSdkClient sdkHttpClient(BceCredentials credentials) {
        RecordingSdkClient client = RecordingSdkClient.to(endpoint, credentials);
        httpClients.add(client);
        return client;
    }

    /** The path segments appended to the endpoint as the SDK's service clients do: {@code E()} per segment. */
    protected URI sdkPath(String... segments) {
        return HttpUtils.appendUri(endpoint, segments);
    }

    /** {@code rawPathAndQuery} appended to the endpoint exactly as written. */
    protected URI rawUri(String rawPathAndQuery) {
        return URI.create(endpoint + rawPathAndQuery);
    }

    /** The path the SDK put on the wire for {@code request}. */
    private static String wirePath(InternalRequest request) {
        return URI.create(request.getUri().toASCIIString()).getRawPath();
    }

    /** Asserts the echo of a verified request: what the SDK sent, the principal as the handler saw it. */
    private static void assertVerifiedEcho(EchoResponse echo, InternalRequest sent, String principal) {
        assertThat(echo.getMethod()).isEqualTo(sent.getHttpMethod().name());
        assertThat(echo.getPath()).isEqualTo(wirePath(sent));
        assertThat(echo.getQuery()).isEqualTo(HttpUtils.getCanonicalQueryString(sent.getParameters(), false));
        assertThat(echo.getPrincipal()).isEqualTo(principal);
        assertThat(echo.getPrincipalType()).isEqualTo(BcePrincipal.class.getName());
        assertThat(echo.getRemoteUser()).isEqualTo(principal);
        assertThat(echo.getAuthType()).isEqualTo("bce-auth-v1");
    }

    /** The SDK's exception for {@code call}, checked to carry the response's request id and to be a client error. */
    private static BceServiceException sdkFailure(RecordingSdkClient client, ThrowingCallable call) {
        BceServiceException failure = catchThrowableOfType(BceServiceException.class, call);
        assertThat(failure).as("BceServiceException").isNotNull();
        assertThat(failure.getErrorType()).isEqualTo(BceServiceException.ErrorType.Client);
        assertThat(failure.getRequestId()).matches(UUID_V4)
                .isEqualTo(client.lastHeader("x-bce-request-id").orElseThrow());
        return failure;
    }

    private static void assertFailure(BceServiceException failure, GlobalErrors expected) {
        assertThat(failure.getErrorCode()).isEqualTo(expected.code());
        assertThat(failure.getStatusCode()).isEqualTo(expected.httpStatus());
        assertThat(failure.getErrorMessage()).isEqualTo(expected.defaultMessage());
    }

    // ---- correct credentials pass, through EipClient -------------------------------------------

    private static DefaultBceCredentials aliceKeys() {
        return new DefaultBceCredentials(AuthFixture.ALICE_AK, AuthFixture.ALICE_SK);
    }

    @Test
    void releaseEipPassesAndTheHandlerSeesThePrincipal() {
        RecordingSdkClient recording = sdkHttpClient(aliceKeys());
        recording.eipClient().releaseEip("180.76.1.2");

        assertThat(recording.lastHeader(AuthFixture.ECHO_METHOD)).hasValue("DELETE");
        assertThat(recording.lastHeader(AuthFixture.ECHO_PATH)).hasValue(endpoint.getRawPath() + "/v1/eip/180.76.1.2");
        assertThat(recording.lastHeader(AuthFixture.ECHO_QUERY)).hasValueSatisfying(
                query -> assertThat(query).matches("clientToken=[0-9a-f-]{36}"));
        assertThat(recording.lastHeader(AuthFixture.ECHO_PRINCIPAL)).hasValue(AuthFixture.ALICE);
    }

    @Test
    void bindEipPassesWithItsValueLessFlagAndItsBodyStillReadable() {
        RecordingSdkClient recording = sdkHttpClient(aliceKeys());
        recording.eipClient().bindEip("180.76.1.2", "BCC", "i-7Qm2xZ9a");

        assertThat(recording.lastHeader(AuthFixture.ECHO_METHOD)).hasValue("PUT");
        assertThat(recording.lastHeader(AuthFixture.ECHO_QUERY)).hasValueSatisfying(
                query -> assertThat(query).matches("bind&clientToken=[0-9a-f-]{36}"));
        // {"instanceType":"BCC","instanceId":"i-7Qm2xZ9a"}: read by the handler after verification.
        assertThat(recording.lastHeader(AuthFixture.ECHO_BODY_LENGTH)).hasValue("48");
        assertThat(recording.lastHeader(AuthFixture.ECHO_PRINCIPAL)).hasValue(AuthFixture.ALICE);
    }

    @Test
    void ipv6EipPathPasses() {
        RecordingSdkClient recording = sdkHttpClient(aliceKeys());
        recording.eipClient().releaseEip("240c:4081::1");

        assertThat(recording.lastHeader(AuthFixture.ECHO_PATH))
                .hasValue(endpoint.getRawPath() + "/v1/eip/240c%3A4081%3A%3A1");
        assertThat(recording.lastHeader(AuthFixture.ECHO_PRINCIPAL)).hasValue(AuthFixture.ALICE);
    }

    @Test
    void listEipsWithMarkerAndMaxKeysPasses() {
        RecordingSdkClient recording = sdkHttpClient(aliceKeys());
        ListEipsRequest list = new ListEipsRequest();
        list.setMarker("eip-m/1 é+");
        list.setMaxKeys(10);
        list.setStatus("available");
        ListEipsResponse response = recording.eipClient().listEips(list);

        assertThat(response.getEipList()).isNull(); // the echo lists none: only the call's success matters
        assertThat(recording.lastHeader(AuthFixture.ECHO_METHOD)).hasValue("GET");
        assertThat(recording.lastHeader(AuthFixture.ECHO_QUERY))
                .hasValue("marker=eip-m%2F1%20%C3%A9%2B&maxKeys=10&status=available");
        assertThat(recording.lastHeader(AuthFixture.ECHO_PRINCIPAL)).hasValue(AuthFixture.ALICE);
    }

    @Test
    void sessionCredentialsPass() {
        RecordingSdkClient recording = sdkHttpClient(
                new DefaultBceSessionCredentials(AuthFixture.STS_AK, AuthFixture.STS_SK, AuthFixture.STS_TOKEN));
        recording.eipClient().releaseEip("180.76.1.2");

        assertThat(recording.lastHeader(AuthFixture.ECHO_PRINCIPAL)).hasValue(AuthFixture.STS_PRINCIPAL);
    }

    @Test
    void authorizerRefusalIsAccessDenied() {
        RecordingSdkClient recording = sdkHttpClient(
                new DefaultBceCredentials(AuthFixture.READER_AK, AuthFixture.READER_SK));
        EipClient reader = recording.eipClient();

        reader.listEips(); // reading is allowed
        assertThat(recording.lastHeader(AuthFixture.ECHO_PRINCIPAL)).hasValue(AuthFixture.READER);
        assertFailure(sdkFailure(recording, () -> reader.releaseEip("180.76.1.2")), GlobalErrors.ACCESS_DENIED);
    }

    // ---- rejections the SDK reports ------------------------------------------------------------

    @Test
    void wrongSecretIsSignatureDoesNotMatch() {
        RecordingSdkClient recording = sdkHttpClient(
                new DefaultBceCredentials(AuthFixture.ALICE_AK, "not-" + AuthFixture.ALICE_SK));
        EipClient client = recording.eipClient();

        assertFailure(sdkFailure(recording, () -> client.releaseEip("180.76.1.2")),
                GlobalErrors.SIGNATURE_DOES_NOT_MATCH);
    }

    @Test
    void unknownAccessKeyIsInvalidAccessKeyId() {
        RecordingSdkClient recording = sdkHttpClient(new DefaultBceCredentials("ak-nobody", AuthFixture.ALICE_SK));
        EipClient client = recording.eipClient();

        assertFailure(sdkFailure(recording, () -> client.releaseEip("180.76.1.2")),
                GlobalErrors.INVALID_ACCESS_KEY_ID);
    }

    @Test
    void wrongSessionTokenIsInvalidAccessKeyId() {
        RecordingSdkClient recording = sdkHttpClient(
                new DefaultBceSessionCredentials(AuthFixture.STS_AK, AuthFixture.STS_SK, "another-token"));
        EipClient client = recording.eipClient();

        assertFailure(sdkFailure(recording, () -> client.releaseEip("180.76.1.2")),
                GlobalErrors.INVALID_ACCESS_KEY_ID);
    }

    @Test
    void timestampTwoHoursOldIsRequestExpiredNamingIt() {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, sdkPath("v1", "eip"));
        SignOptions options = new SignOptions();
        options.setTimestamp(Date.from(twoHoursAgo));
        request.setSignOptions(options);

        BceServiceException failure = sdkFailure(alice, () -> alice.send(request));
        assertThat(failure.getErrorCode()).isEqualTo("RequestExpired");
        assertThat(failure.getStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorMessage()).isEqualTo("Request has expired. Timestamp date is " + twoHoursAgo + " .");
    }

    @Test
    void timestampAnHourAheadIsRequestExpired() {
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, sdkPath("v1", "eip"));
        SignOptions options = new SignOptions();
        options.setTimestamp(Date.from(Instant.now().plus(Duration.ofHours(1))));
        request.setSignOptions(options);

        assertThat(sdkFailure(alice, () -> alice.send(request)).getErrorCode()).isEqualTo("RequestExpired");
    }

    // ---- arbitrary paths, queries and signing options through the SDK's HTTP client -------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.bcekit.servlet.fixture.AuthCases#sdkEncodedPaths")
    void pathsAsTheSdkEncodesThemPass(List<String> segments) {
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, sdkPath(segments.toArray(String[]::new)));
        assertVerifiedEcho(alice.send(request), request, AuthFixture.ALICE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.bcekit.servlet.fixture.AuthCases#rawPaths")
    void rawPathsPass(String rawPath) {
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, rawUri(rawPath));
        EchoResponse echo = alice.send(request);
        assertVerifiedEcho(echo, request, AuthFixture.ALICE);
        assertThat(echo.getPath()).isEqualTo(endpoint.getRawPath() + rawPath);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.bcekit.servlet.fixture.AuthCases#queries")
    void queriesPass(Map<String, String> parameters) {
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.PUT, sdkPath("v1", "eip", "180.76.1.2"));
        request.addHeader("Content-Length", "0");
        parameters.forEach(request::addParameter);
        assertVerifiedEcho(alice.send(request), request, AuthFixture.ALICE);
    }

    @Test
    void explicitHeadersToSignPass() {
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, sdkPath("v1", "eip"));
        request.addHeader("x-bce-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        request.addHeader("X-Bce-Custom", "Custom Value");
        SignOptions options = new SignOptions();
        options.setHeadersToSign(Set.of("Host", "x-bce-date", "content-type", "x-bce-custom", "x-bce-absent"));
        request.setSignOptions(options);

        assertVerifiedEcho(alice.send(request), request, AuthFixture.ALICE);
        String signedHeaders = request.getHeaders().get("Authorization").split("/")[4];
        assertThat(signedHeaders.split(";")).containsExactlyInAnyOrder("host", "x-bce-date", "content-type",
                "x-bce-custom");
    }

    @Test
    void explicitHostOnlyLeavesOtherHeadersUnsigned() {
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, sdkPath("v1", "eip"));
        request.addHeader("x-bce-unsigned", "anything"); // signed in default mode, not in this one
        SignOptions options = new SignOptions();
        options.setHeadersToSign(Set.of("host"));
        request.setSignOptions(options);

        assertVerifiedEcho(alice.send(request), request, AuthFixture.ALICE);
        assertThat(request.getHeaders().get("Authorization").split("/")[4]).isEqualTo("host");
    }

    /**
     * An {@code x-bce-request-id} the client sent is signed like any {@code x-bce-*} header, even
     * one the request-id policy will not reuse: verification sees it as received, and the response
     * carries a fresh id.
     */
    @Test
    void signedRequestIdHeaderPassesWhateverThePolicyMakesOfIt() {
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, sdkPath("v1", "eip"));
        request.addHeader("x-bce-request-id", "gateway id, not reusable");

        assertVerifiedEcho(alice.send(request), request, AuthFixture.ALICE);
        assertThat(alice.lastHeader("x-bce-request-id")).hasValueSatisfying(id -> assertThat(id).matches(UUID_V4));
    }

    @Test
    void sessionTokenAsQueryParameterPasses() {
        RecordingSdkClient sts = sdkHttpClient(
                new DefaultBceSessionCredentials(AuthFixture.STS_AK, AuthFixture.STS_SK, AuthFixture.STS_TOKEN));
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET, sdkPath("v1", "eip"));
        SignOptions options = new SignOptions();
        options.setUseStsHeader(false);
        request.setSignOptions(options);

        EchoResponse echo = sts.send(request);
        assertVerifiedEcho(echo, request, AuthFixture.STS_PRINCIPAL);
        assertThat(echo.getQuery()).contains("x-bce-security-token=ZjQ4YmNk%2Ftoken%2Bvalue%3D");
    }

    @Test
    void postBodyIsStillReadableAfterVerification() {
        byte[] body = "{\"name\":\"é路径\",\"bandwidthInMbps\":10}".getBytes(StandardCharsets.UTF_8);
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.POST, sdkPath("v1", "eip"));
        request.addHeader("Content-Length", String.valueOf(body.length));
        request.setContent(RestartableInputStream.wrap(body));
        request.addParameter("clientToken", "c-1");

        EchoResponse echo = alice.send(request);
        assertVerifiedEcho(echo, request, AuthFixture.ALICE);
        assertThat(echo.getBody()).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    // ---- without the SDK -----------------------------------------------------------------------

    protected HttpResponse<byte[]> get(String rawPath, Map<String, List<String>> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(rawUri(rawPath)).timeout(Duration.ofSeconds(10));
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The {@code Authorization} value for a GET of {@code rawPath} from the JDK client, which sends
     * {@code Host} and {@code Content-Length: 0}: the two headers default mode signs.
     */
    protected String authorizationForGet(String rawPath, String host) {
        SignedRequest signed = SignedRequest.builder("GET", endpoint.getRawPath() + rawPath).header("Host", host)
                .header("Content-Length", "0").build();
        return BceAuthV1.authorization(signed, AuthFixture.ALICE_AK, AuthFixture.ALICE_SK,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), 1800, "");
    }

    protected String host() {
        return endpoint.getHost() + ":" + endpoint.getPort();
    }

    @Test
    void excludedPathNeedsNoSignature() throws Exception {
        HttpResponse<byte[]> response = get("/health", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(AuthFixture.ECHO_PRINCIPAL)).isEmpty();
        assertThat(response.headers().firstValue("x-bce-request-id")).hasValueSatisfying(id -> assertThat(id).matches(UUID_V4));
    }

    @Test
    void pathBelowAnExcludedOneStillNeedsASignature() throws Exception {
        assertEnvelope(get("/health/deep", Map.of()), 400, "InvalidHTTPAuthHeader", INVALID_AUTH_HEADER);
    }

    @Test
    void unsignedRequestIsInvalidHttpAuthHeader() throws Exception {
        assertEnvelope(get("/v1/eip", Map.of()), 400, "InvalidHTTPAuthHeader", INVALID_AUTH_HEADER);
    }

    @Test
    void signatureMadeOutsideTheSdkPassesForItsPathOnly() throws Exception {
        String authorization = authorizationForGet("/v1/eip/1.2.3.4", host());

        HttpResponse<byte[]> signedPath = get("/v1/eip/1.2.3.4", Map.of("Authorization", List.of(authorization)));
        assertThat(signedPath.statusCode()).as(new String(signedPath.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(signedPath.headers().firstValue(AuthFixture.ECHO_PRINCIPAL)).hasValue(AuthFixture.ALICE);

        assertEnvelope(get("/v1/eip/9.9.9.9", Map.of("Authorization", List.of(authorization))), 400,
                "SignatureDoesNotMatch", GlobalErrors.SIGNATURE_DOES_NOT_MATCH.defaultMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.bcekit.servlet.fixture.AuthCases#malformedAuthorizations")
    void malformedAuthorizationIsInvalidHttpAuthHeader(String authorization) throws Exception {
        assertEnvelope(get("/v1/eip", Map.of("Authorization", List.of(authorization))), 400, "InvalidHTTPAuthHeader",
                INVALID_AUTH_HEADER);
    }

    @Test
    void twoAuthorizationHeadersAreInvalidHttpAuthHeader() throws Exception {
        String authorization = authorizationForGet("/v1/eip", host());
        assertEnvelope(get("/v1/eip", Map.of("Authorization", List.of(authorization, authorization))), 400,
                "InvalidHTTPAuthHeader", INVALID_AUTH_HEADER);
    }
}
