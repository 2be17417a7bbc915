package io.bcekit.auth;

import static io.bcekit.auth.SdkRequest.AK;
import static io.bcekit.auth.SdkRequest.SK;
import static io.bcekit.auth.SdkRequest.TIME;
import static org.assertj.core.api.Assertions.assertThat;

import com.baidubce.http.HttpMethodName;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Requests signed by the official SDK's {@code BceV1Signer}, as they arrive on the wire, verify. */
class SdkSignedRequestsTest {

    private static final String TOKEN = "ZjQ4YmNk/token+value=";
    private static final String CLIENT_TOKEN = "7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f";
    private static final Instant NOW = TIME.plusSeconds(60);

    private final BceAuthVerifier verifier = BceAuthVerifier.builder(InMemoryCredentialSource.of(
            BceCredential.of(AK, SK, "eip-admin"),
            BceCredential.of("sts-ak", SK, "sts-user").withSessionToken(TOKEN))).build();

    private BcePrincipal verify(SignedRequest request) {
        return verifier.verify(request, NOW);
    }

    @Test
    void defaultModeBindCallVerifies() {
        SignedRequest request = SdkRequest.of(HttpMethodName.PUT, "v1", "eip", "180.76.1.2")
                .flag("bind").parameter("clientToken", CLIENT_TOKEN)
                .jsonBody("{\"instanceType\":\"BCC\",\"instanceId\":\"i-7Qm2xZ9a\"}").sign();

        assertThat(request.rawQuery()).hasValue("bind&clientToken=" + CLIENT_TOKEN);
        assertThat(request.headerValues("authorization").get(0)).contains("/1800//");
        assertThat(verify(request)).isEqualTo(new BcePrincipal("eip-admin", AK));
    }

    @Test
    void defaultModeMatchesWorkedExampleA() {
        SignedRequest request = SdkRequest.of(HttpMethodName.PUT, "v1", "eip", "180.76.1.2")
                .flag("bind").parameter("clientToken", CLIENT_TOKEN)
                .jsonBody("{\"instanceType\":\"BCC\",\"instanceId\":\"i-7Qm2xZ9a\"}").sign();

        assertThat(request.headerValues("Authorization")).containsExactly(WorkedExamplesTest.authorizationA());
    }

    @Test
    void explicitUnsortedHeadersToSignVerify() {
        SignedRequest request = SdkRequest.of(HttpMethodName.PUT, "v1", "eip", "180.76.1.2")
                .flag("resize").parameter("clientToken", CLIENT_TOKEN)
                .header("X-Bce-Z", "last").header("x-bce-a", "first").header("x-bce-unsigned", "ignored")
                .jsonBody("{\"newBandwidthInMbps\":10}")
                .headersToSign("x-bce-a", "Content-Type", "host", "X-BCE-Z").sign();

        // The SDK orders by the original names, case-sensitively, then lower-cases: unsorted.
        assertThat(request.headerValues("authorization").get(0)).contains("/content-type;host;x-bce-z;x-bce-a/");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void explicitModeListingAnAbsentHeaderSignsOnlyHost() {
        SignedRequest request = SdkRequest.of(HttpMethodName.GET, "v1", "eip")
                .headersToSign("host", "x-bce-date").sign(); // as BCC/VPC clients do

        assertThat(request.headerValues("authorization").get(0)).contains("/1800/host/");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void sessionTokenAsHeaderVerifies() {
        SignedRequest request = sessionRequest(true);

        assertThat(request.headerValues("x-bce-security-token")).containsExactly(TOKEN);
        assertThat(verify(request)).isEqualTo(new BcePrincipal("sts-user", "sts-ak"));
    }

    @Test
    void sessionTokenAsQueryParameterVerifies() {
        SignedRequest request = sessionRequest(false);

        assertThat(request.headerValues("x-bce-security-token")).isEmpty();
        assertThat(request.rawQuery()).hasValue("maxKeys=10&x-bce-security-token=ZjQ4YmNk%2Ftoken%2Bvalue%3D");
        assertThat(verify(request)).isEqualTo(new BcePrincipal("sts-user", "sts-ak"));
    }

    @Test
    void ipv6AddressInThePathVerifies() {
        SignedRequest request = SdkRequest.of(HttpMethodName.PUT, "v1", "eip", "240c:4081::1")
                .flag("unbind").parameter("clientToken", CLIENT_TOKEN).jsonBody("").sign();

        assertThat(request.rawPath()).isEqualTo("/v1/eip/240c%3A4081%3A%3A1");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void spaceTildePlusAndNonAsciiInThePathVerify() {
        SignedRequest request = SdkRequest.of(HttpMethodName.GET, "v1", "eipgroup", "my group~1+x", "名字é").sign();

        assertThat(request.rawPath())
                .isEqualTo("/v1/eipgroup/my%20group~1%2Bx/%E5%90%8D%E5%AD%97%C3%A9");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void literalPercentTwoEffInASegmentVerifies() {
        SignedRequest request = SdkRequest.of(HttpMethodName.DELETE, "v1", "eip", "a%2Fb").sign();

        assertThat(request.rawPath()).isEqualTo("/v1/eip/a%252Fb");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void encodedSlashOnTheWireVerifies() {
        // The signer reads the decoded path (a/b); the wire keeps %2F; both canonicalise to a/b.
        SignedRequest request = SdkRequest.ofUri(HttpMethodName.GET, "http://eip.bj.baidubce.com/v1/eip/a%2Fb").sign();

        assertThat(request.rawPath()).isEqualTo("/v1/eip/a%2Fb");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void flagsBesideClientTokenVerifyWhereverSortingPutsThem() {
        SignedRequest request = SdkRequest.of(HttpMethodName.PUT, "v1", "eipgroup", "eg-1")
                .flag("resize").flag("bind").parameter("clientToken", CLIENT_TOKEN).jsonBody("{}").sign();

        assertThat(request.rawQuery()).hasValue("bind&clientToken=" + CLIENT_TOKEN + "&resize");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void sortSensitiveKeysVerify() {
        SignedRequest request = SdkRequest.of(HttpMethodName.GET, "v1", "eip")
                .parameter("a", "1").parameter("a-b", "2")
                .parameter("maxKeys", "10").parameter("Marker", "m~1")
                .parameter("name", "n x/y*é+").parameter("status", "").sign();

        assertThat(request.rawQuery())
                .hasValue("Marker=m~1&a-b=2&a=1&maxKeys=10&name=n%20x%2Fy%2A%C3%A9%2B&status=");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void nonDefaultPortIsPartOfTheSignedHost() {
        SignedRequest request = SdkRequest.of(HttpMethodName.GET, "v1", "eip")
                .endpoint("https://eip.bj.baidubce.com:8443").sign();

        assertThat(request.headerValues("host")).containsExactly("eip.bj.baidubce.com:8443");
        assertThat(verify(request).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void everyMethodTheClientsUseVerifies() {
        for (HttpMethodName method : new HttpMethodName[] {HttpMethodName.GET, HttpMethodName.POST,
                HttpMethodName.PUT, HttpMethodName.DELETE, HttpMethodName.HEAD, HttpMethodName.PATCH}) {
            SignedRequest request = SdkRequest.of(method, "v1", "eipbp", "bw-1")
                    .parameter("clientToken", CLIENT_TOKEN).sign();

            assertThat(verify(request).accessKeyId()).as(method.name()).isEqualTo(AK);
        }
    }

    @Test
    void longExpirationVerifiesLateInItsWindow() {
        SignedRequest request = SdkRequest.of(HttpMethodName.GET, "v1", "eip").expiration(86_400).sign();

        assertThat(verifier.verify(request, TIME.plusSeconds(86_400)).accessKeyId()).isEqualTo(AK);
    }

    private static SignedRequest sessionRequest(boolean tokenAsHeader) {
        return SdkRequest.of(HttpMethodName.GET, "v1", "eip").parameter("maxKeys", "10")
                .sessionCredentials("sts-ak", TOKEN, tokenAsHeader).sign();
    }
}
