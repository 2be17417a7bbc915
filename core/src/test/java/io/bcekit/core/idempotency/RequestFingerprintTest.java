package io.bcekit.core.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void queryWithoutTokenKeepsEverythingElseSorted() {
        assertThat(RequestFingerprint.queryWithoutToken("resize&clientToken=x&a=1&&clientTokenX=2"))
                .isEqualTo("a=1&clientTokenX=2&resize");
        assertThat(RequestFingerprint.queryWithoutToken(null)).isEmpty();
        assertThat(RequestFingerprint.queryWithoutToken("clientToken")).isEmpty();
    }

    @Test
    void storedResponseSurvivesItsByteForm() {
        StoredResponse response = new StoredResponse(201, List.of(Map.entry("Content-Type", "application/json"),
                Map.entry("ETag", "\"\u00e9\"")), BODY);
        assertThat(StoredResponse.fromBytes(response.toBytes())).isEqualTo(response);
    }
}
