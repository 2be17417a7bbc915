package io.bcekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.core.idempotency.StoredResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyParametersTest {

    private final ClassLoader loader = getClass().getClassLoader();
    private final IdempotencyParameters initParams = new IdempotencyParameters("BceIdempotencyFilter parameter", "");
    private final IdempotencyParameters properties = new IdempotencyParameters("bcekit property", "bcekit.idempotency.");

    @Test
    void defaultsNeedNoParameter() {
        IdempotencyParameters.Settings settings = initParams.read(Map.of(), loader);

        assertThat(settings.maxRequestBodyBytes()).isEqualTo(1024 * 1024);
        IdempotencyGuard guard = settings.guard();
        assertThat(guard.maxStoredBodyBytes()).isEqualTo(1024 * 1024);
        assertThat(guard.ttl()).isEqualTo(Duration.ofHours(24));
        assertThat(guard.waitBound()).isEqualTo(Duration.ofSeconds(5));
        assertThat(guard.claimTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(guard.failOpen()).isFalse();
    }

    @Test
    void everyParameterIsRead() {
        IdempotencyParameters.Settings settings = initParams.read(Map.of("ttl-seconds", " 60", "wait-millis", "0",
                "max-stored-body-bytes", "10", "max-request-body-bytes", "20", "fail-open", " TRUE ",
                "store", "io.bcekit.core.idempotency.InMemoryIdempotencyStore"), loader);

        assertThat(settings.maxRequestBodyBytes()).isEqualTo(20);
        IdempotencyGuard guard = settings.guard();
        assertThat(guard.maxStoredBodyBytes()).isEqualTo(10);
        assertThat(guard.ttl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(guard.waitBound()).isZero();
        assertThat(guard.failOpen()).isTrue();
        assertThat(initParams.read(Map.of("fail-open", "false", "store", " "), loader).guard().failOpen()).isFalse();
        assertThat(initParams.read(Map.of("max-request-body-bytes", "0"), loader).maxRequestBodyBytes()).isZero();
    }

    @Test
    void withoutAStoreTheDefaultStoreIsUsed() {
        IdempotencyStore given = new InMemoryIdempotencyStore(1024);
        IdempotencyGuard guard = properties.read(Map.of(), loader, () -> given).guard();
        guard.finish(((IdempotencyGuard.Proceed) guard.begin("ak", "t", "fp")).ticket(),
                new StoredResponse(200, java.util.List.of(), new byte[0]));

        assertThat(IdempotencyGuard.builder(given).build().begin("ak", "t", "fp"))
                .as("the answer is in the given store").isInstanceOf(IdempotencyGuard.Replay.class);
        assertThat(properties.read(Map.of("store", "io.bcekit.core.idempotency.InMemoryIdempotencyStore"), loader,
                () -> {
                    throw new AssertionError("the named store is used");
                }).guard()).isNotNull();
    }

    @Test
    void unknownNamesAndBadValuesAreNamedAsWritten() {
        assertThatThrownBy(() -> initParams.read(Map.of("ttl", "1"), loader))
                .hasMessage("Unknown BceIdempotencyFilter parameter 'ttl'; known: [fail-open, max-request-body-bytes, "
                        + "max-stored-body-bytes, store, ttl-seconds, wait-millis]");
        assertThatThrownBy(() -> properties.read(Map.of("ttl", "1"), loader))
                .hasMessageStartingWith("Unknown bcekit property 'bcekit.idempotency.ttl'; known: [bcekit.idempotency.fail-open, ");
        assertThatThrownBy(() -> initParams.read(Map.of("ttl-seconds", "0"), loader))
                .hasMessage("Bad ttl-seconds '0'; use a whole number from 1 to 2147483647");
        assertThatThrownBy(() -> properties.read(Map.of("wait-millis", "-1"), loader))
                .hasMessage("Bad bcekit.idempotency.wait-millis '-1'; use a whole number from 0 to 2147483647");
        assertThatThrownBy(() -> properties.read(Map.of("max-stored-body-bytes", "ten"), loader))
                .hasMessage("Bad bcekit.idempotency.max-stored-body-bytes 'ten'; use a whole number from 0 to 2147483647");
        assertThatThrownBy(() -> properties.read(Map.of("fail-open", "yes"), loader))
                .hasMessage("Bad bcekit.idempotency.fail-open 'yes'; use true or false");
        assertThatThrownBy(() -> properties.read(Map.of("store", "java.lang.String"), loader))
                .hasMessageContaining("bcekit.idempotency.store");
    }
}
