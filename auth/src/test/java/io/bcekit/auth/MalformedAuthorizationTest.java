package io.bcekit.auth;

import static io.bcekit.auth.Failures.assertFailsWith;
import static io.bcekit.auth.WorkedExamplesTest.AK;
import static io.bcekit.auth.WorkedExamplesTest.TIME;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.catalogue.GlobalErrors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every malformed {@code Authorization} value is {@code InvalidHTTPAuthHeader} (400), and nothing else. */
class MalformedAuthorizationTest {

    private static final String SIGNATURE = "9c96e29ed2bc61d6a8f38acf03ea34e1f354e13d6ff04c3cc81a4e274d46c3bf";
    private static final String GOOD = "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800//" + SIGNATURE;

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("blank", " \t "),
                Arguments.of("five fields", "bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800/" + SIGNATURE),
                Arguments.of("seven fields", GOOD + "/extra"),
                Arguments.of("seven fields, empty last", GOOD + "/"),
                Arguments.of("another version", GOOD.replace("bce-auth-v1", "bce-auth-v2")),
                Arguments.of("version in upper case", GOOD.replace("bce-auth-v1", "BCE-AUTH-V1")),
                Arguments.of("empty access key id", "bce-auth-v1//2024-05-20T08:30:00Z/1800//" + SIGNATURE),
                Arguments.of("non-numeric expiration", GOOD.replace("/1800/", "/18x0/")),
                Arguments.of("negative expiration", GOOD.replace("/1800/", "/-1800/")),
                Arguments.of("signed expiration", GOOD.replace("/1800/", "/+1800/")),
                Arguments.of("empty expiration", GOOD.replace("/1800/", "//")),
                Arguments.of("expiration above int", GOOD.replace("/1800/", "/2147483648/")),
                Arguments.of("huge expiration", GOOD.replace("/1800/", "/99999999999999999999999999/")),
                Arguments.of("timestamp with offset", GOOD.replace("08:30:00Z", "08:30:00+08:00")),
                Arguments.of("timestamp with fraction", GOOD.replace("08:30:00Z", "08:30:00.000Z")),
                Arguments.of("timestamp without Z", GOOD.replace("08:30:00Z", "08:30:00")),
                Arguments.of("timestamp as epoch", GOOD.replace("2024-05-20T08:30:00Z", "1716193800")),
                Arguments.of("month 13", GOOD.replace("2024-05-20", "2024-13-20")),
                Arguments.of("February 30", GOOD.replace("2024-05-20", "2024-02-30")),
                Arguments.of("February 29 of a common year", GOOD.replace("2024-05-20", "2023-02-29")),
                Arguments.of("hour 24", GOOD.replace("T08:", "T24:")),
                Arguments.of("leap second", GOOD.replace("08:30:00Z", "23:59:60Z")),
                Arguments.of("non-ASCII digits in timestamp", GOOD.replace("2024", "２０２４")),
                Arguments.of("100 KB value", GOOD + "x".repeat(100 * 1024)),
                Arguments.of("just over 8 KB", "bce-auth-v1/" + "a".repeat(8 * 1024) + "/2024-05-20T08:30:00Z/1800//"
                        + SIGNATURE),
                Arguments.of("CR LF inside", GOOD.replace("/1800/", "/1800\r\nX-Injected: 1/")),
                Arguments.of("LF at the end", GOOD + "\n"),
                Arguments.of("NUL inside", GOOD.replace(AK, AK + "\0")),
                Arguments.of("space inside", GOOD.replace("/1800/", "/1800 /")),
                Arguments.of("non-ASCII access key", GOOD.replace(AK, "ключ")),
                Arguments.of("signature too short", GOOD.substring(0, GOOD.length() - 1)),
                Arguments.of("signature too long", GOOD + "0"),
                Arguments.of("signature empty", GOOD.substring(0, GOOD.length() - 64)),
                Arguments.of("signature in upper case", GOOD.replace(SIGNATURE, SIGNATURE.toUpperCase())),
                Arguments.of("signature not hex", GOOD.replace(SIGNATURE, "g" + SIGNATURE.substring(1))),
                Arguments.of("empty signed header name", GOOD.replace("/1800//", "/1800/host;;x-bce-date/")),
                Arguments.of("trailing signed header separator", GOOD.replace("/1800//", "/1800/host;/")),
                Arguments.of("only slashes", "/////"),
                Arguments.of("Basic scheme", "Basic dXNlcjpwYXNz"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isInvalidHttpAuthHeader(String description, String authorization) {
        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER,
                () -> WorkedExamplesTest.verifier().verify(WorkedExamplesTest.exampleA(authorization), TIME));
    }

    @Test
    void missingHeaderIsInvalidHttpAuthHeader() {
        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER,
                () -> WorkedExamplesTest.verifier().verify(WorkedExamplesTest.exampleA(null), TIME));
    }

    @Test
    void repeatedHeaderIsInvalidHttpAuthHeader() {
        SignedRequest twice = SignedRequest.builder("PUT", "/v1/eip/180.76.1.2")
                .headers(WorkedExamplesTest.exampleA(GOOD).headers()).header("AUTHORIZATION", GOOD).build();

        assertFailsWith(GlobalErrors.INVALID_HTTP_AUTH_HEADER, () -> WorkedExamplesTest.verifier().verify(twice, TIME));
    }

    @Test
    void surroundingSpacesAreOptionalWhitespace() {
        SignedRequest padded = WorkedExamplesTest.exampleA(" \t" + GOOD + " ");

        assertThat(WorkedExamplesTest.verifier().verify(padded, TIME).accessKeyId()).isEqualTo(AK);
    }

    @Test
    void leapDayAndLargestExpirationParse() {
        String leapDay = "bce-auth-v1/" + AK + "/2024-02-29T23:59:59Z/2147483647//" + SIGNATURE;

        // Well-formed, so it gets as far as the signature.
        assertFailsWith(GlobalErrors.SIGNATURE_DOES_NOT_MATCH,
                () -> WorkedExamplesTest.verifier().verify(WorkedExamplesTest.exampleA(leapDay), TIME));
    }
}
