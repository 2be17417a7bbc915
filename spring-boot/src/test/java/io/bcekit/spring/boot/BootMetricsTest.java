package io.bcekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.spring.boot.fixture.RunningApplication;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter counts every error answer in the application's MeterRegistry (bcekit-micrometer on
 * the class path, no property needed): after a known mix of failures the registry holds exactly
 * those counts, by code, status and adapter, and nothing for a success.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BootMetricsTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private RunningApplication application;

    /** The application's registry, as Boot's actuator or the application itself would declare it. */
    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @BeforeAll
    void start() {
        application = RunningApplication.startWith(new Class<?>[] {Registry.class}, "spring.profiles.active=tomcat");
    }

    @AfterAll
    void stop() {
        application.close();
    }

    @Test
    void errorsAreCountedByCodeStatusAndAdapter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/no/such/path")).isEqualTo(400);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(get("/same/bug")).isEqualTo(500);
        }
        assertThat(get("/same/quota")).isEqualTo(413);

        MeterRegistry registry = application.context().getBean(MeterRegistry.class);
        Map<String, Double> counts = new TreeMap<>();
        for (Counter counter : registry.find("bcekit.errors").counters()) {
            counts.put(counter.getId().getTag("code") + " " + counter.getId().getTag("status") + " "
                    + counter.getId().getTag("adapter"), counter.count());
        }
        assertThat(counts).isEqualTo(Map.of("InvalidURI 400 servlet", 3.0, "InternalError 500 servlet", 2.0,
                "ExceedLimit 413 servlet", 1.0));
    }

    private int get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(application.base().resolve(path)).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
