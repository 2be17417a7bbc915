package io.bcekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.config.BceErrorConfig;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The metadata IDEs complete {@code bcekit.*} from: generated from {@link BceProperties}, shipped in the jar. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribedWithItsDefault() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = JsonMapper.builder().build().readTree(in);
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        for (JsonNode property : metadata.get("properties")) {
            assertThat(property.get("description").asString()).isNotBlank();
            defaults.put(property.get("name").asString(),
                    property.has("defaultValue") ? property.get("defaultValue").asString() : null);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("bcekit.api-versions", null);
        expected.put("bcekit.error-listener", null);
        expected.put("bcekit.idempotency.enabled", "false");
        expected.put("bcekit.idempotency.fail-open", "false");
        expected.put("bcekit.idempotency.max-request-body-bytes", "1048576");
        expected.put("bcekit.idempotency.max-stored-body-bytes", "1048576");
        expected.put("bcekit.idempotency.store", null);
        expected.put("bcekit.idempotency.ttl-seconds", "86400");
        expected.put("bcekit.idempotency.wait-millis", "5000");
        expected.put("bcekit.mdc-key", BceErrorConfig.DEFAULT_MDC_KEY);
        expected.put("bcekit.redis.cluster", "false");
        expected.put("bcekit.redis.prefix", "bcekit:idempotency:");
        expected.put("bcekit.redis.uri", null);
        expected.put("bcekit.request-id-generator", null);
        expected.put("bcekit.request-id-policy", "accept-valid");
        expected.put("bcekit.translation-rules", null);
        assertThat(defaults).containsExactlyEntriesOf(expected);
        assertThat(metadata.get("hints").findValuesAsString("target")).containsExactly(
                "io.bcekit.core.config.ErrorListener", "io.bcekit.core.idempotency.IdempotencyStore",
                "io.bcekit.core.requestid.RequestIdGenerator",
                "io.bcekit.core.translation.TranslationRules");
    }
}
