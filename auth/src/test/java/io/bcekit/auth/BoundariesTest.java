package io.bcekit.auth;

import static io.bcekit.auth.Failures.assertFailsWith;
import static io.bcekit.auth.WorkedExamplesTest.AK;
import static io.bcekit.auth.WorkedExamplesTest.SK;
import static io.bcekit.auth.WorkedExamplesTest.TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.bcekit.core.catalogue.GlobalErrors;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Edges of the canonical forms and the Authorization grammar: raw non-ASCII characters a container
 * may hand over, escapes at the edge of their digit ranges, limits met exactly, and a proxy's host
 * under an explicit signed-headers list.
 */
class BoundariesTest {

    private static final String HOST = "eip.bj.baidubce.com";
    private static final String TOKEN = "sts-token";
    private static final InMemoryCredentialSource CREDENTIALS = InMemoryCredentialSource.of(
            BceCredential.of(AK, SK, "demo-user"),
            BceCredential.of("ak!~", SK, "odd-user"),
            BceCredential.of("sts-ak", SK, "sts-user").withSessionToken(TOKEN));

    private final BceAuthVerifier verifier = BceAuthVerifier.builder(CREDENTIALS).build();

    /** Raw characters in the path are taken as their UTF-8 bytes, one, two, three and four bytes long. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/\u0080|/%C2%80",
        "/\u00e9|/%C3%A9",
        "/\u07ff|/%DF%BF",
        "/\u0800|/%E0%A0%80",
        "/\ufffd|/%EF%BF%BD",
        "/\uffff|/%EF%BF%BF",
        "/\ud800\udc00|/%F0%90%80%80",
        "/\ud83d\ude00|/%F0%9F%98%80",
        "/\udbff\udfff|/%F4%8F%BF%BF",
        "/a\u00e9b\ud83d\ude00c|/a%C3%A9b%F0%9F%98%80c"})
    void rawNonAsciiCharactersAreEncodedAsTheirUtf8Bytes(String rawPath, String canonical) {
        assertThat(BceAuthV1.canonicalUri(rawPath)).isEqualTo(canonical);
    }

    @Test
    void rawNonAsciiCharactersInTheQueryAreEncodedAsTheirUtf8Bytes() {
        assertThat(BceAuthV1.canonicalQueryString("b=\ud83d\ude00&a=\u00e9")).isEqualTo("a=%C3%A9&b=%F0%9F%98%80");
    }

    /** Escapes whose digits are 0 on either side decode like any other. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/%0A|/%0A",
        "/%00|/%00",
        "/%30|/0",
        "/%10%20|/%10%20",
        "/%7e%7E%41|/~~A"})
    void escapesWithZeroDigitsDecode(String rawPath, String canonical) {
        assertThat(BceAuthV1.canonicalUri(rawPath)).isEqualTo(canonical);
    }

    @Test
    void percentWithOneHexDigitAtTheEndOfASegmentIsInvalidUri() {
        assertFailsWith(GlobalErrors.INVALID_URI, () -> BceAuthV1.canonicalUri("/a%4/b"));
        assertFailsWith(GlobalErrors.INVALID_URI, () -> BceAuthV1.canonicalQueryString("a=%4&b=1"));
        assertFailsWith(GlobalErrors.INVALID_URI, () -> BceAuthV1.canonicalQueryString("b=1&a%4=1"));
    }

    /** The method is signed as its UTF-8 bytes, whatever characters it holds. */
    @Test
    void nonAsciiMethodIsSignedAsItsUtf8Bytes() {
        assertThat(BceAuthV1.canonicalRequest(SignedRequest.builder("P\u00dcT", "/").header("Host", HOST).build(),
                "host")).isEqualTo("P\u00dcT\n/\n\nhost:" + HOST);
        assertThat(BceAuthV1.canonicalRequest(SignedRequest.builder("\u00dc\u00c9", "/").header("Host", HOST).build(),
                "host")).isEqualTo("\u00dc\u00c9\n/\n\nhost:" + HOST);
        assertThat(BceAuthV1.canonicalRequest(SignedRequest.builder("\u0080", "/").header("Host", HOST).build(),
                "host")).isEqualTo("\u0080\n/\n\nhost:" + HOST);
    }

    @Test
    void accessKeyIdMayHoldEveryVisibleAsciiCharacterButNotSpace() {
        SignedRequest request = signed(get("/v1/eip").build(), "ak!~", 1800, "");

        assertThat(verifier.verify(request, TIME).name()).isEqualTo("odd-user");
        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER, () -> verifier.verify(withAuthorization(
                get("/v1/eip").build(), "bce-auth-v1/a b/2024-05-20T08:30:00Z/1800//" + "0".repeat(64)), TIME));
    }

    @Test
    void credentialWithDeleteOrSpaceInItsAccessKeyIdIsRefused() {
        for (String accessKeyId : new String[] {"ak\u007F", "a k", "\u0080"}) {
            assertThatIllegalArgumentException().as(accessKeyId)
                    .isThrownBy(() -> BceCredential.of(accessKeyId, SK, "user"))
                    .withMessage("Access key id '" + accessKeyId + "' must be non-empty visible ASCII without '/'");
        }
    }

    @Test
    void emptyAccessKeyIdIsInvalidHttpAuthHeader() {
        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER, () -> verifier.verify(withAuthorization(
                get("/v1/eip").build(), "bce-auth-v1//2024-05-20T08:30:00Z/1800//" + "0".repeat(64)), TIME));
    }

    @Test
    void nonAsciiCharacterInTheSignatureIsInvalidHttpAuthHeader() {
        for (char c : new char[] {'\u0080', '\u00ff', '\u2028'}) {
            assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER, () -> verifier.verify(withAuthorization(
                    get("/v1/eip").build(), "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800//" + c
                            + "0".repeat(63)), TIME));
        }
    }

    /** An Authorization of exactly 8 KB is read (the key is then unknown); one character more is not. */
    @Test
    void authorizationOfExactlyTheLimitIsParsed() {
        String tail = "/2024-05-20T08:30:00Z/1800//" + "0".repeat(64);
        String longKey = "k".repeat(AuthorizationHeader.MAX_LENGTH - "bce-auth-v1/".length() - tail.length());

        assertFailsWith(GlobalErrors.INVALID_ACCESS_KEY_ID, () -> verifier.verify(withAuthorization(
                get("/v1/eip").build(), "bce-auth-v1/" + longKey + tail), TIME));
        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER, () -> verifier.verify(withAuthorization(
                get("/v1/eip").build(), "bce-auth-v1/" + longKey + "k" + tail), TIME));
    }

    @Test
    void expirationOfZeroSecondsIsValidAtTheTimestampItself() {
        SignedRequest request = signed(get("/v1/eip").build(), AK, 0, "");

        assertThat(verifier.verify(request, TIME).accessKeyId()).isEqualTo(AK);
        assertFailsWith(GlobalErrors.REQUEST_EXPIRED, () -> verifier.verify(request, TIME.plusSeconds(1)));
    }

    @Test
    void expirationWithNineAmongItsDigitsIsRead() {
        SignedRequest request = signed(get("/v1/eip").build(), AK, 1799, "");

        assertThat(verifier.verify(request, TIME.plusSeconds(1799)).accessKeyId()).isEqualTo(AK);
        assertFailsWith(GlobalErrors.REQUEST_EXPIRED, () -> verifier.verify(request, TIME.plusSeconds(1800)));
    }

    @Test
    void signedHeadersStartingWithASemicolonIsInvalidHttpAuthHeader() {
        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER, () -> verifier.verify(withAuthorization(
                get("/v1/eip").build(), "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800/;host/" + "0".repeat(64)),
                TIME));
    }

    /** Behind a trusted proxy with an explicit list: the forwarded host is the signed host line. */
    @Test
    void trustedForwardedHostStandsInForHostUnderExplicitSignedHeaders() {
        BceAuthVerifier behindProxy = BceAuthVerifier.builder(CREDENTIALS).trustForwardedHost(true).build();
        SignedRequest asSigned = signed(SignedRequest.builder("GET", "/v1/eip").header("Host", "api.example.com")
                .header("x-bce-date", "2024-05-20T08:30:00Z").build(), AK, 1800, "host;x-bce-date");
        String authorization = asSigned.headerValues("authorization").get(0);

        SignedRequest withBackendHost = SignedRequest.builder("GET", "/v1/eip").header("Host", "backend:8080")
                .header("X-Forwarded-Host", "api.example.com").header("x-bce-date", "2024-05-20T08:30:00Z")
                .header("Authorization", authorization).build();
        SignedRequest withoutHost = SignedRequest.builder("GET", "/v1/eip")
                .header("X-Forwarded-Host", "api.example.com").header("x-bce-date", "2024-05-20T08:30:00Z")
                .header("Authorization", authorization).build();

        assertThat(behindProxy.verify(withBackendHost, TIME).accessKeyId()).isEqualTo(AK);
        assertThat(behindProxy.verify(withoutHost, TIME).accessKeyId()).isEqualTo(AK);
        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> verifier.verify(withBackendHost, TIME));
    }

    /** A host the client did not sign is not made up from the forwarded one. */
    @Test
    void forwardedHostIsNotAddedWhenHostIsNotSigned() {
        BceAuthVerifier behindProxy = BceAuthVerifier.builder(CREDENTIALS).trustForwardedHost(true).build();
        SignedRequest asSigned = signed(SignedRequest.builder("GET", "/v1/eip")
                .header("x-bce-date", "2024-05-20T08:30:00Z").build(), AK, 1800, "x-bce-date");
        SignedRequest received = SignedRequest.builder("GET", "/v1/eip")
                .header("X-Forwarded-Host", "api.example.com").header("x-bce-date", "2024-05-20T08:30:00Z")
                .header("Authorization", asSigned.headerValues("authorization").get(0)).build();

        assertThat(behindProxy.verify(received, TIME).accessKeyId()).isEqualTo(AK);
    }

    /** A forwarded value starting with a comma is a list too (an empty first host): it says no one host. */
    @Test
    void forwardedHostStartingWithACommaIsAList() {
        BceAuthVerifier behindProxy = BceAuthVerifier.builder(CREDENTIALS).trustForwardedHost(true).build();
        SignedRequest asSigned = signed(SignedRequest.builder("GET", "/v1/eip").header("Host", ",api.example.com")
                .build(), AK, 1800, "");
        SignedRequest received = SignedRequest.builder("GET", "/v1/eip").header("Host", "backend:8080")
                .header("X-Forwarded-Host", ",api.example.com")
                .header("Authorization", asSigned.headerValues("authorization").get(0)).build();

        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> behindProxy.verify(received, TIME));
    }

    /** The canonical request grows past its first 256 bytes for a long method as for anything else. */
    @Test
    void longNonAsciiMethodIsSignedWhole() {
        String method = "\u00dc".repeat(300);

        assertThat(BceAuthV1.canonicalRequest(SignedRequest.builder(method, "/").header("Host", HOST).build(), "host"))
                .isEqualTo(method + "\n/\n\nhost:" + HOST);
    }

    /** U+0080, the first character past ASCII, is encoded from its UTF-8 bytes like any other. */
    @Test
    void firstCharacterPastAsciiIsEncodedAsItsUtf8Bytes() {
        assertThat(BceAuthV1.encode("a\u0080")).isEqualTo("a%C2%80");
        assertThat(BceAuthV1.encode("\u007F\u0080")).isEqualTo("%7F%C2%80");
    }

    @Test
    void blankForwardedHostFallsBackToHost() {
        BceAuthVerifier behindProxy = BceAuthVerifier.builder(CREDENTIALS).trustForwardedHost(true).build();
        SignedRequest request = withHeader(signed(get("/v1/eip").build(), AK, 1800, ""), "X-Forwarded-Host", "  ");

        assertThat(behindProxy.verify(request, TIME).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void sessionTokenAfterAnEmptyQueryItemIsFound() {
        SignedRequest request = signed(SignedRequest.builder("GET", "/v1/eip").query("&x-bce-security-token=" + TOKEN)
                .header("Host", HOST).build(), "sts-ak", 1800, "");

        assertThat(verifier.verify(request, TIME).name()).isEqualTo("sts-user");
    }

    @Test
    void requestAtTheEdgeOfTheClockSkewIsAccepted() {
        SignedRequest request = signed(get("/v1/eip").build(), AK, 1800, "");
        Duration skew = BceAuthVerifierBuilder.DEFAULT_MAX_CLOCK_SKEW;

        assertThat(verifier.verify(request, TIME.minus(skew)).accessKeyId()).isEqualTo(AK);
        assertFailsWith(GlobalErrors.REQUEST_EXPIRED, () -> verifier.verify(request, TIME.minus(skew).minusSeconds(1)));
    }

    private static SignedRequest.Builder get(String rawPath) {
        return SignedRequest.builder("GET", rawPath).header("Host", HOST);
    }

    private static SignedRequest signed(SignedRequest request, String accessKeyId, int expiration,
            String signedHeaders) {
        return withAuthorization(request,
                BceAuthV1.authorization(request, accessKeyId, SK, TIME, expiration, signedHeaders));
    }

    private static SignedRequest withAuthorization(SignedRequest request, String authorization) {
        return withHeader(request, "Authorization", authorization);
    }

    private static SignedRequest withHeader(SignedRequest request, String name, String value) {
        return SignedRequest.builder(request.method(), request.rawPath()).query(request.rawQuery().orElse(null))
                .headers(request.headers()).header(name, value).build();
    }
}
