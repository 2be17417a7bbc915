package io.bcekit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicrometerErrorListenerTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void eachAnswerAddsOneToTheCounterOfItsCodeStatusAndAdapter() {
        MicrometerErrorListener listener = new MicrometerErrorListener(registry);

        listener.answered("EipNotFound", 404, "servlet");
        listener.answered("EipNotFound", 404, "servlet");
        listener.answered("EipNotFound", 404, "jaxrs");
        listener.answered("InternalError", 500, "servlet");

        assertThat(ErrorCounts.of(registry)).isEqualTo(Map.of("EipNotFound 404 servlet", 2.0,
                "EipNotFound 404 jaxrs", 1.0, "InternalError 500 servlet", 1.0));
        assertThat(registry.get("bcekit.errors").tag("code", "EipNotFound").counter().getId().getDescription())
                .isEqualTo("Errors answered with the BCE error envelope");
    }

    @Test
    void noArgumentListenerCountsInTheGlobalRegistry() {
        Metrics.addRegistry(registry);
        try {
            new MicrometerErrorListener().answered("InvalidURI", 400, "jetty");

            assertThat(ErrorCounts.of(registry)).isEqualTo(Map.of("InvalidURI 400 jetty", 1.0));
        } finally {
            Metrics.removeRegistry(registry);
            Metrics.globalRegistry.clear();
        }
    }

    @Test
    void registryIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new MicrometerErrorListener(null)).withMessage("registry");
    }
}
