package io.bcekit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The worked examples of bce-protocol.md §2.9, byte for byte, through the building blocks and {@code verify}. */
class WorkedExamplesTest {

    static final String AK = "4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99";
    static final String SK = "b7e151628aed2a6abf7158809cf4f3c7";
    static final Instant TIME = Instant.parse("2024-05-20T08:30:00Z");
    static final String JSON = "application/json; charset=utf-8";
    static final String STS_TOKEN = "ZjQ4YmNk/token+value=";

    private static final String SIGNING_KEY_A = "cf1bf1a48180d337d8b7134121b914739ae79c40e0e22dcaf7b0fb5a1d664999";
    private static final String SIGNATURE_A = "9c96e29ed2bc61d6a8f38acf03ea34e1f354e13d6ff04c3cc81a4e274d46c3bf";
    private static final String SIGNATURE_B = "57bc884307188e308ffc07318c4200aaa0ee93a27b45929a81f50cce80593e4e";
    private static final String SIGNING_KEY_C = "f818143b2a12b3ea457af03803421fb78e43dd65148de834cb812b65f3981e2c";
    private static final String SIGNATURE_C = "d425773e9042ed1a7db7cccce0895c7603b284f1b78ee43ef533789480d1274d";

    /** Example A, the EIP bind call, as it arrives; {@code authorization} null leaves the header out. */
    static SignedRequest exampleA(String authorization) {
        SignedRequest.Builder request = SignedRequest.builder("PUT", "/v1/eip/180.76.1.2")
                .query("bind&clientToken=7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f")
                .header("Host", "eip.bj.baidubce.com")
                .header("Content-Type", JSON)
                .header("Content-Length", "48")
                .header("Date", "Mon, 20 May 2024 08:30:00 GMT")
                .header("User-Agent", "bce-sdk-java/0.10.429/demo");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    static String authorizationA() {
        return "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800//" + SIGNATURE_A;
    }

    static SignedRequest exampleB() {
        return SignedRequest.builder("PUT", "/v1/eip/180.76.1.2")
                .query("bind&clientToken=7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f")
                .header("Host", "eip.bj.baidubce.com")
                .header("Content-Type", JSON)
                .header("Content-Length", "48")
                .header("x-bce-date", "2024-05-20T08:30:00Z")
                .header("Authorization", "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800/host;x-bce-date/"
                        + SIGNATURE_B)
                .build();
    }

    /** Example C on the wire: parameters E()-encoded and sorted, the session token as a header. */
    static SignedRequest exampleC() {
        return SignedRequest.builder("GET", "/v1/eip")
                .query("Marker=a~b&maxKeys=10&name=n%20x%2Fy%2A%C3%A9%2B&status=")
                .header("Host", "eip.bj.baidubce.com:8443")
                .header("Content-Type", JSON)
                .header("x-bce-security-token", STS_TOKEN)
                .header("Authorization", "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/3600//" + SIGNATURE_C)
                .build();
    }

    static BceAuthVerifier verifier() {
        return BceAuthVerifier.builder(InMemoryCredentialSource.of(BceCredential.of(AK, SK, "demo-user"))).build();
    }

    @Test
    void exampleADefaultModeReproducesEveryStep() {
        String prefix = BceAuthV1.authStringPrefix(AK, TIME, 1800);
        String canonicalRequest = BceAuthV1.canonicalRequest(exampleA(null), "");

        assertThat(prefix).isEqualTo("bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800");
        assertThat(BceAuthV1.signingKey(SK, prefix)).isEqualTo(SIGNING_KEY_A);
        assertThat(canonicalRequest).isEqualTo("PUT\n"
                + "/v1/eip/180.76.1.2\n"
                + "bind=&clientToken=7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f\n"
                + "content-length:48\n"
                + "content-type:application%2Fjson%3B%20charset%3Dutf-8\n"
                + "host:eip.bj.baidubce.com");
        assertThat(BceAuthV1.signature(SIGNING_KEY_A, canonicalRequest)).isEqualTo(SIGNATURE_A);
        assertThat(BceAuthV1.authorization(exampleA(null), AK, SK, TIME, 1800, "")).isEqualTo(authorizationA());
    }

    @Test
    void exampleAVerifies() {
        BcePrincipal principal = verifier().verify(exampleA(authorizationA()), TIME.plusSeconds(60));

        assertThat(principal).isEqualTo(new BcePrincipal("demo-user", AK));
        assertThat(principal.getName()).isEqualTo("demo-user");
    }

    @Test
    void exampleBExplicitSignedHeadersReproducesEveryStep() {
        String canonicalRequest = BceAuthV1.canonicalRequest(exampleB(), "host;x-bce-date");

        assertThat(BceAuthV1.signingKey(SK, BceAuthV1.authStringPrefix(AK, TIME, 1800))).isEqualTo(SIGNING_KEY_A);
        assertThat(canonicalRequest).isEqualTo("PUT\n"
                + "/v1/eip/180.76.1.2\n"
                + "bind=&clientToken=7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f\n"
                + "host:eip.bj.baidubce.com\n"
                + "x-bce-date:2024-05-20T08%3A30%3A00Z");
        assertThat(BceAuthV1.signature(SIGNING_KEY_A, canonicalRequest)).isEqualTo(SIGNATURE_B);
        assertThat(BceAuthV1.canonicalRequest(exampleB(), "X-BCE-DATE;Host")).isEqualTo(canonicalRequest);
    }

    @Test
    void exampleBVerifies() {
        assertThat(verifier().verify(exampleB(), TIME.plusSeconds(1800)).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void exampleCEncodingAndStsTokenReproducesEveryStep() {
        String prefix = BceAuthV1.authStringPrefix(AK, TIME, 3600);
        String canonicalRequest = BceAuthV1.canonicalRequest(exampleC(), "");

        assertThat(BceAuthV1.signingKey(SK, prefix)).isEqualTo(SIGNING_KEY_C);
        assertThat(canonicalRequest).isEqualTo("GET\n"
                + "/v1/eip\n"
                + "Marker=a~b&maxKeys=10&name=n%20x%2Fy%2A%C3%A9%2B&status=\n"
                + "content-type:application%2Fjson%3B%20charset%3Dutf-8\n"
                + "host:eip.bj.baidubce.com%3A8443\n"
                + "x-bce-security-token:ZjQ4YmNk%2Ftoken%2Bvalue%3D");
        assertThat(BceAuthV1.signature(SIGNING_KEY_C, canonicalRequest)).isEqualTo(SIGNATURE_C);
    }

    @Test
    void exampleCQueryEncodesTheSdkParameters() {
        assertThat(BceAuthV1.encode("n x/y*é+")).isEqualTo("n%20x%2Fy%2A%C3%A9%2B");
        assertThat(BceAuthV1.encode("a~b")).isEqualTo("a~b");
    }

    @Test
    void exampleCVerifiesWithItsSessionToken() {
        BceCredential session = BceCredential.of(AK, SK, "sts-user").withSessionToken(STS_TOKEN);
        BceAuthVerifier verifier = BceAuthVerifier.builder(InMemoryCredentialSource.of(session)).build();

        assertThat(verifier.verify(exampleC(), TIME.plusSeconds(3600))).isEqualTo(new BcePrincipal("sts-user", AK));
    }
}
