package io.bcekit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.bcekit.jaxrs.RecordingFeatureContext.Registration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which properties the idempotency feature reads, and that BceFeature leaves them to it. */
class BceIdempotencyFeatureTest {

    private static List<Registration> configure(Object feature, Map<String, Object> properties) {
        RecordingFeatureContext recorder = new RecordingFeatureContext(properties);
        jakarta.ws.rs.core.FeatureContext context = recorder.context(BceIdempotencyFeatureTest.class.getClassLoader());
        assertThat(((jakarta.ws.rs.core.Feature) feature).configure(context)).isTrue();
        return recorder.registrations;
    }

    @Test
    void registersItsFilterWithTheProperties() {
        assertThat(configure(new BceIdempotencyFeature(), Map.of("bcekit.idempotency.ttl-seconds", "60",
                "bcekit.api-versions", "v1"))).containsExactly(new Registration("IdempotencyFilter", IdempotencyFilter.PRIORITY));
    }

    @Test
    void anUnknownOrBadIdempotencyPropertyFailsNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> configure(new BceIdempotencyFeature(), Map.of("bcekit.idempotency.ttl", "60")))
                .withMessageStartingWith("Unknown bcekit property 'bcekit.idempotency.ttl'; known: [");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> configure(new BceIdempotencyFeature(), Map.of("bcekit.idempotency.wait-millis", "soon")))
                .withMessage("Bad bcekit.idempotency.wait-millis 'soon'; use a whole number from 0 to 2147483647");
    }

    @Test
    void bceFeatureLeavesIdempotencyPropertiesToTheIdempotencyFeature() {
        assertThat(configure(new BceFeature(), Map.of("bcekit.idempotency.ttl-seconds", "60")))
                .contains(new Registration("RequestIdFilter", RequestIdFilter.PRIORITY));
    }
}
