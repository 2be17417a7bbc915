package io.bcekit.core.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final byte[] BODY = "{\"bandwidthInMbps\":1}".getBytes(UTF_8);

    @Test
    void theTokenAndTheParameterOrderDoNotCount() {
        assertThat(RequestFingerprint.of("PUT", "/v1/eip/1.2.3.4", "bind&clientToken=a", BODY))
                .isEqualTo(RequestFingerprint.of("PUT", "/v1/eip/1.2.3.4", "clientToken=b&bind", BODY));
    }

    @Test
    void methodPathQueryAndBodyEachCount() {
        String base = RequestFingerprint.of("PUT", "/v1/eip/1.2.3.4", "resize&clientToken=a", BODY);
        assertThat(List.of(
                RequestFingerprint.of("POST", "/v1/eip/1.2.3.4", "resize&clientToken=a", BODY),
                RequestFingerprint.of("PUT", "/v1/eip/1.2.3.5", "resize&clientToken=a", BODY),
                RequestFingerprint.of("PUT", "/v1/eip/1.2.3.4", "bind&clientToken=a", BODY),
                RequestFingerprint.of("PUT", "/v1/eip/1.2.3.4", "resize&clientToken=a", "{\"bandwidthInMbps\":2}".getBytes(UTF_8))))
                .doesNotContain(base).doesNotHaveDuplicates();
        assertThat(base).matches("[0-9a-f]{64}");
    }

    /** The documented definition, built the plain way: the fast path must hash exactly these bytes. */
    @Test
    void isTheSha256OfTheRequestLineWithTheSortedQueryAndThenTheBody() {
        String longPath = "/v1/eip/" + "a".repeat(300) + "/" + "b".repeat(250);
        assertThat(RequestFingerprint.of("POST", "/v1/eip", "clientToken=7d0c1f2e", BODY))
                .isEqualTo(reference("POST\n/v1/eip\n\n", BODY));
        assertThat(RequestFingerprint.of("PUT", "/v1/eip/1.2.3.4", null, new byte[0]))
                .isEqualTo(reference("PUT\n/v1/eip/1.2.3.4\n\n", new byte[0]));
        assertThat(RequestFingerprint.of("PUT", "/x", "resize&clientToken=x&a=1&&clientTokenX=2&clientToken&z", BODY))
                .isEqualTo(reference("PUT\n/x\na=1&clientTokenX=2&resize&z\n", BODY));
        assertThat(RequestFingerprint.of("PUT", "/x", "b=2&a=1", BODY))
                .isEqualTo(reference("PUT\n/x\na=1&b=2\n", BODY));
        assertThat(RequestFingerprint.of("PUT", "/x", "clientToken=1&clientTokens&", BODY))
                .isEqualTo(reference("PUT\n/x\nclientTokens\n", BODY));
        assertThat(RequestFingerprint.of("DELETE", longPath, "", BODY))
                .isEqualTo(reference("DELETE\n" + longPath + "\n\n", BODY));
        assertThat(RequestFingerprint.of("PUT", "/v1/\u0080/caf\u00e9/\uD83D\uDE00", "n=\u00e9", BODY))
                .isEqualTo(reference("PUT\n/v1/\u0080/caf\u00e9/\uD83D\uDE00\nn=\u00e9\n", BODY));
    }

    @Test
    void storedResponseSurvivesItsByteForm() {
        StoredResponse response = new StoredResponse(201, List.of(Map.entry("Content-Type", "application/json"),
                Map.entry("ETag", "\"\u00e9\"")), BODY);
        assertThat(StoredResponse.fromBytes(response.toBytes())).isEqualTo(response);
    }

    private static String reference(String line, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(line.getBytes(UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
