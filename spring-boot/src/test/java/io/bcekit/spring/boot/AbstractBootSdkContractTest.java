package io.bcekit.spring.boot;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.baidubce.BceServiceException;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.http.HttpMethodName;
import com.baidubce.internal.InternalRequest;
import com.baidubce.internal.RestartableInputStream;
import com.baidubce.services.eip.EipClient;
import com.baidubce.services.eip.model.CreateEipRequest;
import com.baidubce.util.HttpUtils;
import io.bcekit.auth.BceCredential;
import io.bcekit.auth.CredentialSource;
import io.bcekit.auth.InMemoryCredentialSource;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.servlet.fixture.RecordingSdkClient;
import io.bcekit.servlet.fixture.SameFailure;
import io.bcekit.spring.boot.fixture.RunningApplication;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official BCE Java SDK against a Boot application (4 here, 3.5 in compat/spring-boot3) that
 * declares a CredentialSource and sets {@code bcekit.idempotency.enabled}: the starter adds
 * bce-auth-v1 and clientToken idempotency, so the SDK's EipClient sees a signed createEip run once
 * per token, a mismatch and a wrong secret key refused; and every shared failure, sent signed
 * through the SDK's HTTP layer, reaches it as the BceServiceException the envelope describes.
 * Subclasses name the embedded server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractBootSdkContractTest {

    private static final String AK = "0123456789abcdef0123456789abcdef";
    private static final String SK = "fedcba9876543210fedcba9876543210";

    private RunningApplication application;
    private URI endpoint;
    private final List<RecordingSdkClient> clients = new ArrayList<>();

    /** Properties that put the application on the server under test (Boot 4: a fixture profile). */
    protected String[] serverProperties() {
        return new String[0];
    }

    /** Configurations that put the application on the server under test (Boot 3.5: a server factory). */
    protected Class<?>[] serverConfigurations() {
        return new Class<?>[0];
    }

    /** The simple class name of Boot's WebServer for that server. */
    protected abstract String webServerType();

    /** What the application declares: its credentials and a create operation that counts its runs. */
    @Configuration(proxyBeanMethods = false)
    @Import(CreateController.class)
    static class Signed {
        @Bean
        CredentialSource credentials() {
            return InMemoryCredentialSource.of(BceCredential.of(AK, SK, "user-1"));
        }
    }

    @RestController
    static class CreateController {
        final AtomicInteger runs = new AtomicInteger();

        @PostMapping("/v1/eip")
        Map<String, Object> create(@RequestBody Map<String, Object> body) {
            return Map.of("eip", "10.0.0." + runs.incrementAndGet());
        }
    }

    @BeforeAll
    void start() {
        Class<?>[] configurations = Stream.concat(Stream.of(Signed.class), Stream.of(serverConfigurations()))
                .toArray(Class<?>[]::new);
        // Tokens in memory: Spring Data Redis is on this class path, and would otherwise hold them.
        String[] properties = Stream.concat(Stream.of("bcekit.idempotency.enabled=true",
                "bcekit.idempotency.store=io.bcekit.core.idempotency.InMemoryIdempotencyStore"),
                Stream.of(serverProperties())).toArray(String[]::new);
        application = RunningApplication.startWith(configurations, properties);
        endpoint = URI.create("http://127.0.0.1:" + application.base().getPort());
    }

    @AfterAll
    void stop() {
        clients.forEach(RecordingSdkClient::shutdown);
        application.close();
    }

    /** The SDK's own HTTP client and signer for the application, without retries, keeping the last request id header. */
    private RecordingSdkClient sdk(String secretKey) {
        RecordingSdkClient client = RecordingSdkClient.to(endpoint, new DefaultBceCredentials(AK, secretKey));
        clients.add(client);
        return client;
    }

    private int runs() {
        return application.context().getBean(CreateController.class).runs.get();
    }

    /** The SDK's exception for {@code call}, carrying the request id of the response's header. */
    private static BceServiceException sdkFailure(RecordingSdkClient client, ThrowingCallable call) {
        BceServiceException failure = catchThrowableOfType(BceServiceException.class, call);
        assertThat(failure).as("BceServiceException").isNotNull();
        assertThat(failure.getRequestId()).matches(UUID_V4).isEqualTo(client.lastHeader("x-bce-request-id").orElseThrow());
        return failure;
    }

    @Test
    void runsOnTheServerUnderTest() {
        assertThat(application.webServerType()).isEqualTo(webServerType());
    }

    @Test
    void aSignedCreateRunsOncePerTokenAndAnotherBandwidthIsAMismatch() {
        RecordingSdkClient client = sdk(SK);
        EipClient eip = client.eipClient();
        String token = UUID.randomUUID().toString();
        int before = runs();

        String first = eip.createEip(new CreateEipRequest().withBandwidthInMbps(1).withClientToken(token)).getEip();
        String again = eip.createEip(new CreateEipRequest().withBandwidthInMbps(1).withClientToken(token)).getEip();
        BceServiceException mismatch = sdkFailure(client,
                () -> eip.createEip(new CreateEipRequest().withBandwidthInMbps(2).withClientToken(token)));

        assertThat(first).isEqualTo("10.0.0." + (before + 1));
        assertThat(again).isEqualTo(first);
        assertThat(runs()).isEqualTo(before + 1);
        assertThat(mismatch.getStatusCode()).isEqualTo(403);
        assertThat(mismatch.getErrorCode()).isEqualTo("IdempotentParameterMismatch");
        assertThat(mismatch.getErrorMessage())
                .isEqualTo("The request uses the same client token as a previous, but non-identical request.");
    }

    @Test
    void aWrongSecretKeyIsSignatureDoesNotMatchAndRunsNothing() {
        RecordingSdkClient client = sdk("0".repeat(32));
        int before = runs();

        BceServiceException refused = sdkFailure(client,
                () -> client.eipClient().createEip(new CreateEipRequest().withBandwidthInMbps(1)));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getErrorCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(refused.getErrorMessage()).isEqualTo(GlobalErrors.SIGNATURE_DOES_NOT_MATCH.defaultMessage());
        assertThat(runs()).isEqualTo(before);
    }

    /**
     * The signed Content-Type reaches the verifier as sent, whatever the letter case of its charset:
     * Jetty's header cache would otherwise hand over its own spelling (12.0 {@code UTF-8}, 12.1
     * {@code utf-8}; see JettyHeadersAsSent). Signature accepted, the handler answers: 409 Conflict.
     */
    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "application/json; charset=UTF-8",
        "application/json;charset=UTF-8", "text/plain; charset=utf-8", "text/plain; charset=UTF-8"})
    void aSignedContentTypeIsVerifiedAsSentWhateverTheCaseOfItsCharset(String contentType) {
        RecordingSdkClient client = sdk(SK);
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.GET,
                HttpUtils.appendUri(endpoint, "same", "conflict"));
        request.addHeader("Content-Type", contentType);

        BceServiceException thrown = sdkFailure(client, () -> client.send(request));

        assertThat(thrown.getErrorCode()).isEqualTo("Conflict");
        assertThat(thrown.getStatusCode()).isEqualTo(409);
    }

    @ParameterizedTest
    @EnumSource(SameFailure.class)
    void signedFailureReachesTheSdkAsItsEnvelope(SameFailure failure) {
        RecordingSdkClient client = sdk(SK);
        InternalRequest request = RecordingSdkClient.request(HttpMethodName.valueOf(failure.method),
                HttpUtils.appendUri(endpoint, failure.path.split("/")));
        if (failure.contentType != null) {
            request.addHeader("Content-Type", failure.contentType);
        }
        byte[] body = failure.bodyBytes();
        if (body != null) {
            request.addHeader("Content-Length", String.valueOf(body.length));
            request.setContent(RestartableInputStream.wrap(body));
        }

        BceServiceException thrown = sdkFailure(client, () -> client.send(request));

        assertThat(thrown.getStatusCode()).isEqualTo(failure.status);
        assertThat(thrown.getErrorCode()).isEqualTo(failure.code);
        assertThat(thrown.getErrorType()).isEqualTo(failure.status >= 500
                ? BceServiceException.ErrorType.Service : BceServiceException.ErrorType.Client);
        if (failure.status < 500) { // for a 5xx the SDK puts a dump of the status line and headers in its place
            assertThat(thrown.getErrorMessage()).isEqualTo(failure.message);
        }
    }
}
