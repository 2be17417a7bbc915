package io.bcekit.core.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredResponseTest {

    private static final StoredResponse ANSWER =
            new StoredResponse(200, List.of(Map.entry("Content-Type", "application/json")), "{}".getBytes(UTF_8));

    @Test
    void equalByValueBodyIncluded() {
        StoredResponse same = new StoredResponse(200, List.of(Map.entry("Content-Type", "application/json")), "{}".getBytes(UTF_8));

        assertThat(same).isEqualTo(ANSWER).hasSameHashCodeAs(ANSWER);
        assertThat(new StoredResponse(201, ANSWER.headers(), ANSWER.body())).isNotEqualTo(ANSWER);
        assertThat(new StoredResponse(200, List.of(), ANSWER.body())).isNotEqualTo(ANSWER);
        StoredResponse otherBody = new StoredResponse(200, ANSWER.headers(), "[]".getBytes(UTF_8));
        assertThat(otherBody).isNotEqualTo(ANSWER);
        assertThat(otherBody.hashCode()).isNotEqualTo(ANSWER.hashCode());
        assertThat(ANSWER).isNotEqualTo("StoredResponse");
    }

    @Test
    void describesItselfWithoutItsBody() {
        assertThat(ANSWER).hasToString("StoredResponse[200, [Content-Type=application/json], 2 bytes]");
    }

    @Test
    void survivesItsByteFormAndRefusesAnother() {
        assertThat(StoredResponse.fromBytes(ANSWER.toBytes())).isEqualTo(ANSWER);
        assertThatThrownBy(() -> StoredResponse.fromBytes(new byte[] {9})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredResponse.fromBytes(new byte[] {1, 0})).isInstanceOf(IllegalArgumentException.class);
    }
}
