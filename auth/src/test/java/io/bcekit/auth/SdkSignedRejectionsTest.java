package io.bcekit.auth;

import static io.bcekit.auth.Failures.assertFailsWith;
import static io.bcekit.auth.SdkRequest.AK;
import static io.bcekit.auth.SdkRequest.SK;
import static io.bcekit.auth.SdkRequest.TIME;
import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.http.HttpMethodName;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Requests signed by the official SDK that must be refused, each with its own code. */
class SdkSignedRejectionsTest {

    private static final Instant NOW = TIME.plusSeconds(60);

    private final BceAuthVerifier verifier =
            BceAuthVerifier.builder(InMemoryCredentialSource.of(BceCredential.of(AK, SK, "eip-admin"))).build();

    private static SdkRequest bindCall() {
        return SdkRequest.of(HttpMethodName.PUT, "v1", "eip", "180.76.1.2").flag("bind")
                .parameter("clientToken", "7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f").jsonBody("{}");
    }

    @Test
    void wrongSecretKeyIsSignatureDoesNotMatch() {
        SignedRequest request = bindCall().credentials(AK, "0000000000000000000000000000000f").sign();

        BceException failure =
                assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> verifier.verify(request, NOW));
        assertThat(failure.getHttpStatus()).isEqualTo(400);
    }

    @Test
    void unknownAccessKeyIsInvalidAccessKeyId() {
        SignedRequest request = bindCall().credentials("ffffffffffffffffffffffffffffffff", SK).sign();

        BceException failure = assertFailsWith(GlobalErrors.INVALID_ACCESS_KEY_ID, () -> verifier.verify(request, NOW));
        assertThat(failure.getHttpStatus()).isEqualTo(403);
    }

    @Test
    void timestampTwoHoursOldIsRequestExpiredNamingTheTimestamp() {
        SignedRequest request = bindCall().sign();

        BceException failure = assertFailsWith(GlobalErrors.REQUEST_EXPIRED,
                () -> verifier.verify(request, TIME.plus(Duration.ofHours(2))));
        assertThat(failure.getMessage()).isEqualTo("Request has expired. Timestamp date is 2024-05-20T08:30:00Z .");
        assertThat(failure.getHttpStatus()).isEqualTo(400);
    }

    @Test
    void lastSecondOfTheWindowStillVerifiesAndTheNextDoesNot() {
        SignedRequest request = bindCall().sign();

        assertThat(verifier.verify(request, TIME.plusSeconds(1800)).accessKeyId()).isEqualTo(AK);
        assertFailsWith(GlobalErrors.REQUEST_EXPIRED,
                () -> verifier.verify(request, TIME.plusSeconds(1800).plusMillis(1)));
    }

    @Test
    void timestampTwentyMinutesAheadIsRequestExpired() {
        SignedRequest request = bindCall().timestamp(TIME.plus(Duration.ofMinutes(20))).sign();

        BceException failure = assertFailsWith(GlobalErrors.REQUEST_EXPIRED, () -> verifier.verify(request, TIME));
        assertThat(failure.getMessage()).isEqualTo("Request has expired. Timestamp date is 2024-05-20T08:50:00Z .");
    }

    @Test
    void timestampWithinTheSkewAheadVerifies() {
        SignedRequest request = bindCall().timestamp(TIME.plus(Duration.ofMinutes(15))).sign();

        assertThat(verifier.verify(request, TIME).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void denyingAuthorizerIsAccessDenied() {
        BceAuthVerifier denying = BceAuthVerifier
                .builder(InMemoryCredentialSource.of(BceCredential.of(AK, SK, "eip-admin")))
                .authorizer((principal, method, path) -> false).build();

        BceException failure =
                assertFailsWith(GlobalErrors.ACCESS_DENIED, () -> denying.verify(bindCall().sign(), NOW));
        assertThat(failure.getHttpStatus()).isEqualTo(403);
    }

    @Test
    void tamperedQueryIsSignatureDoesNotMatch() {
        SignedRequest signed = bindCall().sign();
        SignedRequest tampered = SignedRequest.builder(signed.method(), signed.rawPath())
                .query("bind&clientToken=another").headers(signed.headers()).build();

        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> verifier.verify(tampered, NOW));
    }

    @Test
    void tamperedContentLengthIsSignatureDoesNotMatch() {
        SignedRequest signed = bindCall().sign();
        SignedRequest.Builder tampered = SignedRequest.builder(signed.method(), signed.rawPath())
                .query(signed.rawQuery().orElseThrow());
        signed.headers().forEach((name, values) ->
                tampered.header(name, name.equals("content-length") ? "3" : values.get(0)));

        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> verifier.verify(tampered.build(), NOW));
    }

    @Test
    void anotherHostIsSignatureDoesNotMatch() {
        SignedRequest signed = bindCall().sign();
        SignedRequest.Builder replayed = SignedRequest.builder(signed.method(), signed.rawPath())
                .query(signed.rawQuery().orElseThrow());
        signed.headers().forEach((name, values) ->
                replayed.header(name, name.equals("host") ? "eip.gz.baidubce.com" : values.get(0)));

        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> verifier.verify(replayed.build(), NOW));
    }
}
