package io.bcekit.samples;

import static io.bcekit.samples.Envelopes.UUID_V4;
import static io.bcekit.samples.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.baidubce.AbstractBceClient;
import com.baidubce.BceClientConfiguration;
import com.baidubce.BceServiceException;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.http.DefaultRetryPolicy;
import com.baidubce.http.HttpMethodName;
import com.baidubce.http.RetryPolicy;
import com.baidubce.http.handler.BceErrorResponseHandler;
import com.baidubce.http.handler.BceJsonResponseHandler;
import com.baidubce.http.handler.BceMetadataResponseHandler;
import com.baidubce.http.handler.HttpResponseHandler;
import com.baidubce.internal.InternalRequest;
import com.baidubce.model.AbstractBceResponse;
import com.baidubce.services.eip.EipClient;
import com.baidubce.services.eip.model.CreateEipRequest;
import com.baidubce.services.eip.model.ListEipTransferRequest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The official BCE Java SDK ({@code bce-java-sdk}), unmodified, as the sample's client: every
 * error surfaces as a {@link BceServiceException} with the right code, status, type and request id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialSdkTest {

    private SampleServer server;
    private HeaderRecordingHttpClient sdkHttp;
    private EipClient eip;

    @BeforeAll
    void start() throws Exception {
        server = SampleServer.start(0);
        BceClientConfiguration config = new BceClientConfiguration()
                .withEndpoint(server.baseUri().toString())
                .withCredentials(new DefaultBceCredentials("demo-ak", "demo-sk"))
                // By default the SDK retries a 5xx 3 times, 0.6 + 1.2 + 2.4 s apart.
                .withRetryPolicy(new DefaultRetryPolicy(0, RetryPolicy.DEFAULT_MAX_DELAY_IN_MILLIS))
                .withConnectionTimeoutInMillis(5000)
                .withSocketTimeoutInMillis(10_000);
        eip = new EipClient(config);
        eip.getClient().shutdown();
        sdkHttp = new HeaderRecordingHttpClient(config);
        eip.setClient(sdkHttp);
    }

    @AfterAll
    void stop() throws Exception {
        eip.shutdown();
        server.stop();
    }

    private BceServiceException thrownBy(ThrowingCallable call) {
        BceServiceException e = catchThrowableOfType(BceServiceException.class, call);
        assertThat(e).as("BceServiceException").isNotNull();
        return e;
    }

    @Test
    void releasingAMissingEipIsEipNotFound() throws Exception {
        BceServiceException e = thrownBy(() -> eip.releaseEip("9.9.9.9"));
        assertThat(e.getErrorCode()).isEqualTo("EipNotFound");
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getErrorType()).isEqualTo(BceServiceException.ErrorType.Client);
        assertThat(e.getErrorMessage()).isEqualTo("The specified eip does not exist.");
        // With a message in the body the SDK takes the body's requestId: it is the header's.
        assertThat(e.getRequestId()).matches(UUID_V4).isEqualTo(sdkHttp.lastRequestIdHeader().orElseThrow());

        HttpResponse<byte[]> raw = HttpClient.newHttpClient().send(
                SignedRequests.jdk(server.baseUri(), "DELETE", "/v1/eip/9.9.9.9")
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEnvelope(raw, 404, "EipNotFound", "The specified eip does not exist.");
    }

    @Test
    void releasingAnExistingEipSucceedsOnce() {
        String ip = eip.createEip(new CreateEipRequest().withBandwidthInMbps(10)).getEip();
        assertThatCode(() -> eip.releaseEip(ip)).doesNotThrowAnyException();
        assertThat(sdkHttp.lastRequestIdHeader()).hasValueSatisfying(id -> assertThat(id).matches(UUID_V4));

        BceServiceException again = thrownBy(() -> eip.releaseEip(ip));
        assertThat(again.getErrorCode()).isEqualTo("EipNotFound");
    }

    @Test
    void pathTheSampleDoesNotServeIsInvalidUri() {
        BceServiceException e = thrownBy(() -> eip.listEipTransfer(new ListEipTransferRequest())); // GET /v1/transfer
        assertThat(e.getErrorCode()).isEqualTo("InvalidURI");
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getErrorType()).isEqualTo(BceServiceException.ErrorType.Client);
        assertThat(e.getErrorMessage()).isEqualTo("Could not parse the specified URI.");
        assertThat(e.getRequestId()).isEqualTo(sdkHttp.lastRequestIdHeader().orElseThrow());
    }

    @Test
    void internalErrorIsAServiceError() throws Exception {
        HttpResponse<byte[]> injected = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.baseUri().resolve(FaultInjectionFilter.ADMIN_PATH))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"method\":\"GET\",\"path\":\"/v1/eip/9.8.7.6\",\"code\":\"InternalError\"}"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(injected.statusCode()).isEqualTo(200);
        BceServiceException e = thrownBy(() -> sdkGet("/v1/eip/9.8.7.6"));
        assertThat(e.getErrorCode()).isEqualTo("InternalError");
        assertThat(e.getStatusCode()).isEqualTo(500);
        assertThat(e.getErrorType()).isEqualTo(BceServiceException.ErrorType.Service);
        assertThat(e.getRequestId()).matches(UUID_V4).isEqualTo(sdkHttp.lastRequestIdHeader().orElseThrow());
        // For a 5xx the SDK shows a dump of the status line and headers instead of the body's message.
        assertThat(e.getErrorMessage()).contains("500");
    }

    @Test
    void successCarriesTheRequestIdIntoTheResponseMetadata() {
        AbstractBceResponse response = sdkGet("/v1/eip");
        assertThat(response.getMetadata().getBceRequestId()).matches(UUID_V4)
                .isEqualTo(sdkHttp.lastRequestIdHeader().orElseThrow());
    }

    /** A GET as the SDK's clients make one: its HTTP client, its default content type, its three handlers. */
    private AbstractBceResponse sdkGet(String path) {
        InternalRequest request = new InternalRequest(HttpMethodName.GET, server.baseUri().resolve(path));
        request.addHeader("Content-Type", AbstractBceClient.DEFAULT_CONTENT_TYPE);
        HttpResponseHandler[] handlers = {
            new BceMetadataResponseHandler(), new BceErrorResponseHandler(), new BceJsonResponseHandler()};
        return sdkHttp.execute(request, AbstractBceResponse.class, handlers);
    }
}
