package io.bcekit.auth;

import static io.bcekit.auth.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.catalogue.GlobalErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical URI, query string and headers rebuilt from wire text, per bce-protocol.md §2.4–2.6. */
class CanonicalisationTest {

    @ParameterizedTest(name = "E({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "abcXYZ019-._~|abcXYZ019-._~",
        "'a b'|a%20b",
        "*+/:=;,|%2A%2B%2F%3A%3D%3B%2C",
        "é|%C3%A9",
        "名|%E5%90%8D",
        "\uD83D\uDE00|%F0%9F%98%80",
        "%|%25"})
    void encodeIsTheSdkFunction(String text, String encoded) {
        assertThat(BceAuthV1.encode(text)).isEqualTo(encoded);
    }

    @Test
    void encodeOfALoneSurrogateDoesNotThrow() {
        assertThat(BceAuthV1.encode("a\uD800b")).isEqualTo("a%3Fb"); // as String.getBytes(UTF_8) does
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''|/",
        "/|/",
        "v1/eip|/v1/eip",
        "/v1//eip/|/v1//eip/",
        "/v1/eip/../x|/v1/eip/../x",
        "/v1/%65ip|/v1/eip",
        "/v1/eip/240c:4081::1|/v1/eip/240c%3A4081%3A%3A1",
        "/v1/eip/240c%3a4081%3A%3A1|/v1/eip/240c%3A4081%3A%3A1",
        "/a+b|/a%2Bb",
        "/a%2fb|/a/b",
        "/a%2Fb|/a/b",
        "/%7E%7e|/~~",
        "/a%20b|/a%20b",
        "/名|/%E5%90%8D",
        "/%C3%A9|/%C3%A9",
        "/a%25b|/a%25b"})
    void canonicalUriDecodesThenReEncodesKeepingSlashes(String rawPath, String canonical) {
        assertThat(BceAuthV1.canonicalUri(rawPath)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/%ZZ", "/%4", "/a%", "/%%41", "/%C3", "/%FF", "/%C0%AF", "/%E0%80%AF", "/%ED%A0%80",
        "/%F4%90%80%80", "/%F8%88%80%80%80", "/%80", "/\uD800", "/\uDC00x", "/x\uD800"})
    void undecodablePathIsInvalidUri(String rawPath) {
        assertFailsWith(GlobalErrors.INVALID_URI, () -> BceAuthV1.canonicalUri(rawPath));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "&&|''",
        "a=1&&b=2&|a=1&b=2",
        "bind&clientToken=t|bind=&clientToken=t",
        "clientToken=t&resize|clientToken=t&resize=",
        "a=b=c|a=b%3Dc",
        "q=a+b|q=a%2Bb",
        "q=a%20b|q=a%20b",
        "k=%7e|k=~",
        "=v|=v",
        "a=1&a-b=2|a-b=2&a=1",
        "maxKeys=10&Marker=m|Marker=m&maxKeys=10",
        "b=2&b=1|b=1&b=2",
        "Authorization=x&aUtHoRiZaTiOn=y&b=1|b=1",
        "author%C4%B1zation=x&b=1|b=1",
        "authorizations=x|authorizations=x",
        "x-bce-security-token=ZjQ4YmNk%2Ftoken%2Bvalue%3D|x-bce-security-token=ZjQ4YmNk%2Ftoken%2Bvalue%3D",
        "n=%E5%90%8D|n=%E5%90%8D",
        "n=名|n=%E5%90%8D"})
    void canonicalQueryDecodesRendersAndSorts(String rawQuery, String canonical) {
        assertThat(BceAuthV1.canonicalQueryString(rawQuery)).isEqualTo(canonical);
    }

    @Test
    void absentQueryIsAnEmptyLine() {
        assertThat(BceAuthV1.canonicalQueryString(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a=%ZZ", "%ZZ=1", "a=%4", "bind&a=%", "a=%C3", "a=%FF%FE", "%ED%A0%80"})
    void undecodableQueryIsInvalidUri(String rawQuery) {
        assertFailsWith(GlobalErrors.INVALID_URI, () -> BceAuthV1.canonicalQueryString(rawQuery));
    }

    @Test
    void defaultRuleSelectsHostContentAndBceHeaders() {
        SignedRequest request = SignedRequest.builder("GET", "/")
                .header("Host", "eip.bj.baidubce.com")
                .header("Content-Type", "application/json")
                .header("Content-Length", "0")
                .header("Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==")
                .header("X-Bce-Request-Id", "  abc  ")
                .header("x-bce-empty", "   ")
                .header("Date", "Mon, 20 May 2024 08:30:00 GMT")
                .header("User-Agent", "curl/8")
                .header("Authorization", "bce-auth-v1/...")
                .header("X-Forwarded-Host", "api.example.com")
                .build();

        assertThat(BceAuthV1.canonicalHeaders(request, "")).isEqualTo("content-length:0\n"
                + "content-md5:1B2M2Y8AsgTpgAmY7PhCfg%3D%3D\n"
                + "content-type:application%2Fjson\n"
                + "host:eip.bj.baidubce.com\n"
                + "x-bce-request-id:abc");
    }

    @Test
    void explicitNamesAreASetInAnyCaseAndNeverIncludeAuthorization() {
        SignedRequest request = SignedRequest.builder("GET", "/")
                .header("HOST", "h")
                .header("x-bce-a", "1")
                .header("x-bce-b", "2")
                .header("Authorization", "secret")
                .header("Date", "d")
                .build();

        assertThat(BceAuthV1.canonicalHeaders(request, "x-bce-b;Date;authorization;host;absent"))
                .isEqualTo("date:d\nhost:h\nx-bce-b:2");
    }

    @Test
    void repeatedSignedHeaderIsSignatureDoesNotMatch() {
        SignedRequest twoHosts = SignedRequest.builder("GET", "/").header("Host", "a").header("host", "b").build();

        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH, () -> BceAuthV1.canonicalHeaders(twoHosts, ""));
    }

    @Test
    void repeatedUnsignedHeaderIsFine() {
        SignedRequest request = SignedRequest.builder("GET", "/").header("Host", "a")
                .header("Accept", "a").header("Accept", "b").build();

        assertThat(BceAuthV1.canonicalHeaders(request, "")).isEqualTo("host:a");
    }

    @Test
    void malformedSignedHeadersFieldIsInvalidHttpAuthHeader() {
        SignedRequest request = SignedRequest.builder("GET", "/").header("Host", "a").build();

        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER, () -> BceAuthV1.canonicalHeaders(request, "host;;date"));
    }

    @Test
    void canonicalRequestHasFourLinesAndNoTrailingNewline() {
        SignedRequest request = SignedRequest.builder("DELETE", "/v1/eip/1.2.3.4").build();

        assertThat(BceAuthV1.canonicalRequest(request, "")).isEqualTo("DELETE\n/v1/eip/1.2.3.4\n\n");
    }
}
