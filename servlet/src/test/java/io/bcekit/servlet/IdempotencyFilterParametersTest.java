package io.bcekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyFilterParametersTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void defaultsNeedNoParameter() {
        IdempotencyFilterParameters.Settings settings = IdempotencyFilterParameters.read(Map.of(), loader);

        assertThat(settings.maxRequestBodyBytes()).isEqualTo(1024 * 1024);
        assertThat(settings.guard().maxStoredBodyBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void everyParameterIsRead() {
        IdempotencyFilterParameters.Settings settings = IdempotencyFilterParameters.read(Map.of("ttl-seconds", "60",
                "wait-millis", "0", "max-stored-body-bytes", "10", "max-request-body-bytes", "20", "fail-open", "TRUE",
                "store", "io.bcekit.core.idempotency.InMemoryIdempotencyStore"), loader);

        assertThat(settings.maxRequestBodyBytes()).isEqualTo(20);
        assertThat(settings.guard().maxStoredBodyBytes()).isEqualTo(10);
    }

    @Test
    void unknownNamesAndBadValuesAreNamed() {
        assertThatThrownBy(() -> IdempotencyFilterParameters.read(Map.of("ttl", "1"), loader))
                .hasMessageStartingWith("Unknown BceIdempotencyFilter parameter 'ttl'");
        assertThatThrownBy(() -> IdempotencyFilterParameters.read(Map.of("ttl-seconds", "0"), loader))
                .hasMessage("Bad ttl-seconds '0'; use a whole number from 1 to 2147483647");
        assertThatThrownBy(() -> IdempotencyFilterParameters.read(Map.of("fail-open", "yes"), loader))
                .hasMessage("Bad fail-open 'yes'; use true or false");
        assertThatThrownBy(() -> IdempotencyFilterParameters.read(Map.of("store", "java.lang.String"), loader))
                .hasMessageContaining("store");
    }
}
