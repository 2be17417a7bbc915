package io.bcekit.auth;

import static io.bcekit.auth.Failures.assertFailsWith;
import static io.bcekit.auth.WorkedExamplesTest.AK;
import static io.bcekit.auth.WorkedExamplesTest.SK;
import static io.bcekit.auth.WorkedExamplesTest.TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.catalogue.GlobalErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verifier's checks, their order, session tokens, proxies and configuration. */
class BceAuthVerifierTest {

    private static final String TOKEN = "sts-token/+=";
    private static final InMemoryCredentialSource CREDENTIALS = InMemoryCredentialSource.of(
            BceCredential.of(AK, SK, "demo-user"),
            BceCredential.of("sts-ak", SK, "sts-user").withSessionToken(TOKEN));

    private final BceAuthVerifier verifier = BceAuthVerifier.builder(CREDENTIALS).build();

    /** {@code request} plus the Authorization header {@code BceAuthV1} computes for it. */
    private static SignedRequest signed(SignedRequest request, String accessKeyId, String signedHeaders) {
        String authorization = BceAuthV1.authorization(request, accessKeyId, SK, TIME, 1800, signedHeaders);
        return with(request, "Authorization", authorization);
    }

    private static SignedRequest with(SignedRequest request, String name, String value) {
        return SignedRequest.builder(request.method(), request.rawPath()).query(request.rawQuery().orElse(null))
                .headers(request.headers()).header(name, value).build();
    }

    private static SignedRequest.Builder get(String rawPath) {
        return SignedRequest.builder("GET", rawPath).header("Host", "eip.bj.baidubce.com");
    }

    @Test
    void malformedHeaderIsReportedBeforeTheUnknownKey() {
        SignedRequest request = with(get("/v1/eip").build(), "Authorization",
                "bce-auth-v1/unknown/2024-05-20T08:30:00Z/1800//XYZ");

        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER, () -> verifier.verify(request, TIME));
    }

    @Test
    void unknownKeyIsReportedBeforeExpiry() {
        SignedRequest request = signed(get("/v1/eip").build(), "unknown", "");

        assertFailsWith(GlobalErrors.INVALID_ACCESS_KEY_ID,
                () -> verifier.verify(request, TIME.plus(Duration.ofDays(1))));
    }

    @Test
    void expiryIsReportedBeforeTheSignature() {
        SignedRequest request = with(signed(get("/v1/eip").build(), AK, ""), "Host", "elsewhere");

        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> verifier.verify(request, TIME));
        assertFailsWith(GlobalErrors.REQUEST_EXPIRED, () -> verifier.verify(request, TIME.plus(Duration.ofDays(1))));
    }

    @Test
    void signatureIsCheckedBeforeTheAuthorizer() {
        List<String> asked = new ArrayList<>();
        BceAuthVerifier denying = BceAuthVerifier.builder(CREDENTIALS)
                .authorizer((principal, method, path) -> {
                    asked.add(path);
                    return false;
                }).build();
        SignedRequest forged = with(get("/v1/eip").build(), "Authorization",
                "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800//" + "0".repeat(64));

        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> denying.verify(forged, TIME));
        assertThat(asked).isEmpty();
    }

    @Test
    void undecodablePathIsInvalidUriAfterTheTimeCheck() {
        SignedRequest request = with(get("/v1/eip/%ZZ").build(), "Authorization",
                "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800//" + "0".repeat(64));

        assertFailsWith(GlobalErrors.INVALID_URI, () -> verifier.verify(request, TIME));
        assertFailsWith(GlobalErrors.REQUEST_EXPIRED, () -> verifier.verify(request, TIME.plus(Duration.ofDays(1))));
    }

    @Test
    void authorizerSeesPrincipalMethodAndCanonicalPath() {
        List<String> seen = new ArrayList<>();
        BceAuthVerifier recording = BceAuthVerifier.builder(CREDENTIALS).authorizer((principal, method, path) ->
                seen.add(principal.getName() + " " + method + " " + path)).build();

        recording.verify(signed(get("/v1/%65ip/240c:4081::1").build(), AK, ""), TIME);

        assertThat(seen).containsExactly("demo-user GET /v1/eip/240c%3A4081%3A%3A1");
    }

    @Test
    void dotSegmentsAreInvalidUriEvenWhenSigned() {
        for (String path : List.of("/v1/eip/../admin", "/v1/eip/%2E%2E/admin", "/v1/./eip", "/v1/eip/..", "/.")) {
            SignedRequest request = signed(get(path).build(), AK, "");

            assertFailsWith(GlobalErrors.INVALID_URI, () -> verifier.verify(request, TIME));
        }
        SignedRequest dotsInNames = signed(get("/v1/eip/...x/.a/a.").build(), AK, "");
        assertThat(verifier.verify(dotsInNames, TIME).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void sessionCredentialWithoutTheTokenIsAnUnknownKey() {
        SignedRequest request = signed(get("/v1/eip").build(), "sts-ak", "");

        assertFailsWith(GlobalErrors.INVALID_ACCESS_KEY_ID, () -> verifier.verify(request, TIME));
    }

    @Test
    void sessionCredentialWithAnotherTokenIsAnUnknownKey() {
        SignedRequest request = signed(get("/v1/eip").header("x-bce-security-token", "other").build(), "sts-ak", "");

        assertFailsWith(GlobalErrors.INVALID_ACCESS_KEY_ID, () -> verifier.verify(request, TIME));
    }

    @Test
    void wrongTokenIsOnlyRevealedToAHolderOfTheSecret() {
        SignedRequest forged = with(get("/v1/eip").header("x-bce-security-token", "other").build(), "Authorization",
                "bce-auth-v1/sts-ak/2024-05-20T08:30:00Z/1800//" + "0".repeat(64));

        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> verifier.verify(forged, TIME));
    }

    @Test
    void tokenInHeaderAndQueryMustBothMatch() {
        String encoded = "x-bce-security-token=" + BceAuthV1.encode(TOKEN);
        SignedRequest both = signed(get("/v1/eip").query(encoded).header("X-Bce-Security-Token", TOKEN).build(),
                "sts-ak", "");
        SignedRequest differing = signed(get("/v1/eip").query("x-bce-security-token=other")
                .header("x-bce-security-token", TOKEN).build(), "sts-ak", "");

        assertThat(verifier.verify(both, TIME).getName()).isEqualTo("sts-user");
        assertFailsWith(GlobalErrors.INVALID_ACCESS_KEY_ID, () -> verifier.verify(differing, TIME));
    }

    @Test
    void tokenInTheQueryVerifiesInExplicitMode() {
        SignedRequest request = signed(get("/v1/eip").query("x-bce-security-token=" + BceAuthV1.encode(TOKEN)).build(),
                "sts-ak", "host");

        assertThat(verifier.verify(request, TIME).accessKeyId()).isEqualTo("sts-ak");
    }

    @Test
    void longTermCredentialIgnoresAToken() {
        SignedRequest request = signed(get("/v1/eip").header("x-bce-security-token", "whatever").build(), AK, "");

        assertThat(verifier.verify(request, TIME).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void forwardedHostIsIgnoredUnlessTrusted() {
        SignedRequest request = with(signed(SignedRequest.builder("GET", "/v1/eip").header("Host", "api.example.com")
                .build(), AK, ""), "X-Forwarded-Host", "evil.example.com");

        assertThat(verifier.verify(request, TIME).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void trustedForwardedHostStandsInForHost() {
        BceAuthVerifier behindProxy = BceAuthVerifier.builder(CREDENTIALS).trustForwardedHost(true).build();
        SignedRequest asSigned = signed(SignedRequest.builder("GET", "/v1/eip").header("Host", "api.example.com")
                .build(), AK, "");
        SignedRequest received = SignedRequest.builder("GET", "/v1/eip")
                .header("Host", "backend:8080")
                .header("X-Forwarded-Host", "api.example.com")
                .header("Authorization", asSigned.headerValues("authorization").get(0)).build();

        assertThat(behindProxy.verify(received, TIME).accessKeyId()).isEqualTo(AK);
        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> verifier.verify(received, TIME));
        // A second X-Forwarded-Host, or a list in one, cannot say which host was signed.
        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH,
                () -> behindProxy.verify(with(received, "X-Forwarded-Host", "api.example.com"), TIME));
        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> behindProxy.verify(
                replaceHeader(received, "x-forwarded-host", "api.example.com, backend"), TIME));
    }

    @Test
    void trustedForwardedHostWorksWithoutAHostHeader() {
        BceAuthVerifier behindProxy = BceAuthVerifier.builder(CREDENTIALS).trustForwardedHost(true).build();
        SignedRequest asSigned = signed(SignedRequest.builder("GET", "/v1/eip").header("Host", "api.example.com")
                .build(), AK, "");
        SignedRequest received = SignedRequest.builder("GET", "/v1/eip")
                .header("X-Forwarded-Host", " api.example.com ")
                .header("Authorization", asSigned.headerValues("authorization").get(0)).build();

        assertThat(behindProxy.verify(received, TIME).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void verifyWithoutAnInstantReadsTheConfiguredClock() {
        BceAuthVerifier clocked = BceAuthVerifier.builder(CREDENTIALS)
                .clock(Clock.fixed(TIME.plusSeconds(10), ZoneOffset.UTC)).build();

        assertThat(clocked.verify(signed(get("/v1/eip").build(), AK, "")).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void zeroSkewRejectsATimestampOneSecondAhead() {
        BceAuthVerifier strict = BceAuthVerifier.builder(CREDENTIALS).maxClockSkew(Duration.ZERO).build();
        SignedRequest request = signed(get("/v1/eip").build(), AK, "");

        assertThat(strict.verify(request, TIME).accessKeyId()).isEqualTo(AK);
        assertFailsWith(GlobalErrors.REQUEST_EXPIRED, () -> strict.verify(request, TIME.minusSeconds(1)));
    }

    @Test
    void credentialSourceFailureIsNotTheClientsFault() {
        BceAuthVerifier broken = BceAuthVerifier.builder(accessKeyId -> {
            throw new IllegalStateException("key store down");
        }).build();

        assertThatThrownBy(() -> broken.verify(signed(get("/v1/eip").build(), AK, ""), TIME))
                .isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void credentialSourceReturningNullIsAProgrammingError() {
        BceAuthVerifier broken = BceAuthVerifier.builder(accessKeyId -> null).build();

        assertThatNullPointerException().isThrownBy(() -> broken.verify(signed(get("/v1/eip").build(), AK, ""), TIME))
                .withMessageContaining("CredentialSource");
    }

    @Test
    void configurationIsCheckedEarly() {
        assertThatNullPointerException().isThrownBy(() -> BceAuthVerifier.builder(null)).withMessage("credentials");
        assertThatNullPointerException().isThrownBy(() -> BceAuthVerifier.builder(CREDENTIALS).authorizer(null))
                .withMessage("authorizer");
        assertThatNullPointerException().isThrownBy(() -> BceAuthVerifier.builder(CREDENTIALS).clock(null))
                .withMessage("clock");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BceAuthVerifier.builder(CREDENTIALS).maxClockSkew(Duration.ofSeconds(-1)))
                .withMessageContaining("PT-1S");
        assertThatNullPointerException().isThrownBy(() -> verifier.verify(null, TIME)).withMessage("request");
        assertThatNullPointerException().isThrownBy(() -> verifier.verify(get("/").build(), null)).withMessage("now");
    }

    @Test
    void credentialSourceIsAskedOnlyForTheHeadersKey() {
        List<String> asked = new ArrayList<>();
        BceAuthVerifier recording = BceAuthVerifier.builder(accessKeyId -> {
            asked.add(accessKeyId);
            return Optional.empty();
        }).build();

        assertFailsWith(GlobalErrors.INVALID_ACCESS_KEY_ID,
                () -> recording.verify(signed(get("/v1/eip").build(), "some-ak", ""), TIME));
        assertThat(asked).containsExactly("some-ak");
    }

    private static SignedRequest replaceHeader(SignedRequest request, String name, String value) {
        SignedRequest.Builder copy = SignedRequest.builder(request.method(), request.rawPath());
        request.headers().forEach((header, values) ->
                values.forEach(v -> copy.header(header, header.equals(name) ? value : v)));
        return copy.build();
    }
}
