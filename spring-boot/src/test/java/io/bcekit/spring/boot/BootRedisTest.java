package io.bcekit.spring.boot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.redis.RedisIdempotencyStore;
import io.bcekit.spring.boot.fixture.RunningApplication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import redis.embedded.RedisServer;

/**
 * Two Boot applications with {@code bcekit.redis.uri} set and nothing else: the starter makes the
 * Redis store, which switches idempotency on, and one clientToken sent to both runs once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BootRedisTest {

    static final AtomicInteger RUNS = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private RedisServer redis;
    private RunningApplication first;
    private RunningApplication second;

    @Configuration(proxyBeanMethods = false)
    @Import(CreateController.class)
    static class Create {
    }

    @RestController
    static class CreateController {
        @PostMapping("/v1/eip")
        Map<String, Object> create(@RequestBody Map<String, Object> body) {
            return Map.of("eip", "10.0.1." + RUNS.incrementAndGet());
        }
    }

    @BeforeAll
    void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
        redis.start();
        String[] properties = {"spring.profiles.active=tomcat", "bcekit.redis.uri=redis://127.0.0.1:" + port,
            "bcekit.redis.prefix=boot:"};
        first = RunningApplication.startWith(new Class<?>[] {Create.class}, properties);
        second = RunningApplication.startWith(new Class<?>[] {Create.class}, properties);
    }

    @AfterAll
    void stop() throws IOException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        redis.stop();
    }

    @Test
    void oneTokenSentToTwoApplicationsRunsOnce() throws Exception {
        assertThat(first.context().getBean(IdempotencyStore.class)).isInstanceOf(RedisIdempotencyStore.class);
        String token = UUID.randomUUID().toString();
        int before = RUNS.get();

        HttpResponse<String> one = create(first.base(), token);
        HttpResponse<String> two = create(second.base(), token);

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).isEqualTo("{\"eip\":\"10.0.1." + (before + 1) + "\"}");
        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(two.body()).isEqualTo(one.body());
        assertThat(two.headers().firstValue("x-bce-request-id")).isNotEqualTo(one.headers().firstValue("x-bce-request-id"));
        assertThat(RUNS.get()).isEqualTo(before + 1);
    }

    private HttpResponse<String> create(URI base, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/v1/eip?clientToken=" + token))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"bandwidthInMbps\":1}", UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
