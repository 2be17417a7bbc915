package io.bcekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.baidubce.BceClientConfiguration;
import com.baidubce.BceServiceException;
import com.baidubce.auth.DefaultBceCredentials;
import com.baidubce.http.DefaultRetryPolicy;
import com.baidubce.http.RetryPolicy;
import com.baidubce.services.eip.EipClient;
import com.baidubce.services.eip.model.CreateEipRequest;
import io.bcekit.auth.BceCredential;
import io.bcekit.auth.CredentialSource;
import io.bcekit.auth.InMemoryCredentialSource;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.spring.boot.fixture.RunningApplication;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Boot application that declares a CredentialSource and sets {@code bcekit.idempotency.enabled}:
 * the starter adds bce-auth-v1 and clientToken idempotency, and the official SDK's EipClient sees
 * a signed createEip work once per token, a mismatch, and a wrong secret key refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BootSignedIdempotentTest {

    private static final String AK = "0123456789abcdef0123456789abcdef";
    private static final String SK = "fedcba9876543210fedcba9876543210";
    static final AtomicInteger RUNS = new AtomicInteger();

    private RunningApplication application;

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
        @PostMapping("/v1/eip")
        Map<String, Object> create(@RequestBody Map<String, Object> body) {
            return Map.of("eip", "10.0.0." + RUNS.incrementAndGet());
        }
    }

    @BeforeAll
    void start() {
        // In memory, although Spring Data Redis is on the class path (its Redis would hold the tokens).
        application = RunningApplication.startWith(new Class<?>[] {Signed.class}, "spring.profiles.active=tomcat",
                "bcekit.idempotency.enabled=true", "bcekit.idempotency.store=io.bcekit.core.idempotency.InMemoryIdempotencyStore");
    }

    @AfterAll
    void stop() {
        application.close();
    }

    private EipClient client(String secretKey) {
        BceClientConfiguration configuration = new BceClientConfiguration()
                .withEndpoint("http://127.0.0.1:" + application.base().getPort())
                .withCredentials(new DefaultBceCredentials(AK, secretKey));
        configuration.setRetryPolicy(new DefaultRetryPolicy(0, RetryPolicy.DEFAULT_MAX_DELAY_IN_MILLIS));
        return new EipClient(configuration);
    }

    @Test
    void aSignedCreateRunsOncePerTokenAndAnotherBandwidthIsAMismatch() {
        EipClient eip = client(SK);
        String token = UUID.randomUUID().toString();
        int before = RUNS.get();

        String first = eip.createEip(new CreateEipRequest().withBandwidthInMbps(1).withClientToken(token)).getEip();
        String again = eip.createEip(new CreateEipRequest().withBandwidthInMbps(1).withClientToken(token)).getEip();
        BceServiceException mismatch = catchThrowableOfType(BceServiceException.class,
                () -> eip.createEip(new CreateEipRequest().withBandwidthInMbps(2).withClientToken(token)));

        assertThat(first).isEqualTo("10.0.0." + (before + 1));
        assertThat(again).isEqualTo(first);
        assertThat(RUNS.get()).isEqualTo(before + 1);
        assertThat(mismatch.getStatusCode()).isEqualTo(403);
        assertThat(mismatch.getErrorCode()).isEqualTo("IdempotentParameterMismatch");
        assertThat(mismatch.getErrorMessage())
                .isEqualTo("The request uses the same client token as a previous, but non-identical request.");
        assertThat(mismatch.getRequestId()).matches(io.bcekit.servlet.AbstractFilterContractTest.UUID_V4);
    }

    @Test
    void aWrongSecretKeyIsSignatureDoesNotMatchAndRunsNothing() {
        int before = RUNS.get();

        BceServiceException refused = catchThrowableOfType(BceServiceException.class,
                () -> client("0".repeat(32)).createEip(new CreateEipRequest().withBandwidthInMbps(1)));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getErrorCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(refused.getErrorMessage()).isEqualTo(GlobalErrors.SIGNATURE_DOES_NOT_MATCH.defaultMessage());
        assertThat(refused.getRequestId()).matches(io.bcekit.servlet.AbstractFilterContractTest.UUID_V4);
        assertThat(RUNS.get()).isEqualTo(before);
    }
}
