package io.bcekit.compat.jersey4;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.baidubce.AbstractBceClient;
import com.baidubce.BceClientConfiguration;
import com.baidubce.BceServiceException;
import com.baidubce.auth.BceV1Signer;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.http.BceHttpClient;
import com.baidubce.http.DefaultRetryPolicy;
import com.baidubce.http.HttpMethodName;
import com.baidubce.http.RetryPolicy;
import com.baidubce.http.handler.BceErrorResponseHandler;
import com.baidubce.http.handler.BceJsonResponseHandler;
import com.baidubce.http.handler.BceMetadataResponseHandler;
import com.baidubce.http.handler.HttpResponseHandler;
import com.baidubce.internal.InternalRequest;
import com.baidubce.internal.RestartableInputStream;
import com.baidubce.model.AbstractBceResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The official BCE SDK's HTTP client and its three standard response handlers against the Jersey
 * application: each failure surfaces as a BceServiceException with the right code, status and
 * request id (the response's {@code x-bce-request-id}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialSdkAgainstJerseyTest {

    private JettyWithJersey server;
    private BceHttpClient sdk;
    private final AtomicReference<String> lastHeaderId = new AtomicReference<>();

    @BeforeAll
    void start() throws Exception {
        server = new JettyWithJersey();
        BceClientConfiguration config = new BceClientConfiguration()
                .withEndpoint(server.base().toString())
                .withCredentials(new DefaultBceCredentials("ak", "sk"))
                .withRetryPolicy(new DefaultRetryPolicy(0, RetryPolicy.DEFAULT_MAX_DELAY_IN_MILLIS));
        sdk = new BceHttpClient(config, new BceV1Signer());
    }

    @AfterAll
    void stop() throws Exception {
        sdk.shutdown();
        server.close();
    }

    private BceServiceException failureOf(HttpMethodName method, String path, String jsonBody) {
        InternalRequest request = new InternalRequest(method, server.base().resolve(path));
        request.addHeader("Content-Type", AbstractBceClient.DEFAULT_CONTENT_TYPE);
        if (jsonBody != null) {
            byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
            request.addHeader("Content-Length", String.valueOf(body.length));
            request.setContent(RestartableInputStream.wrap(body));
        }
        HttpResponseHandler recordHeader = (response, parsed) -> {
            lastHeaderId.set(response.getHeader("x-bce-request-id"));
            return false;
        };
        HttpResponseHandler[] handlers = {recordHeader,
            new BceMetadataResponseHandler(), new BceErrorResponseHandler(), new BceJsonResponseHandler()};
        BceServiceException failure = catchThrowableOfType(BceServiceException.class,
                () -> sdk.execute(request, AbstractBceResponse.class, handlers));
        assertThat(failure).as("BceServiceException").isNotNull();
        assertThat(failure.getRequestId()).matches(UUID_V4).isEqualTo(lastHeaderId.get());
        assertThat(failure.getErrorType()).isEqualTo(BceServiceException.ErrorType.Client);
        return failure;
    }

    @Test
    void bceExceptionReachesTheSdk() {
        BceServiceException failure = failureOf(HttpMethodName.GET, "api/v1/eip/9.9.9.9", null);
        assertThat(failure.getErrorCode()).isEqualTo("EipNotFound");
        assertThat(failure.getStatusCode()).isEqualTo(404);
        assertThat(failure.getErrorMessage()).isEqualTo("The specified eip does not exist.");
    }

    @Test
    void malformedJsonReachesTheSdk() {
        BceServiceException failure = failureOf(HttpMethodName.POST, "api/v1/eip", "{\"bandwidthInMbps\":");
        assertThat(failure.getErrorCode()).isEqualTo("MalformedJSON");
        assertThat(failure.getStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorMessage()).isEqualTo("The JSON you provided was not well-formed.");
    }

    @Test
    void unknownRouteReachesTheSdk() {
        BceServiceException failure = failureOf(HttpMethodName.GET, "api/v1/transfer", null);
        assertThat(failure.getErrorCode()).isEqualTo("InvalidURI");
        assertThat(failure.getStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorMessage()).isEqualTo("Could not parse the specified URI.");
    }
}
