package io.bcekit.spring.boot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.redis.RedisIdempotencyStore;
import io.bcekit.servlet.fixture.LogCapture;
import io.bcekit.spring.boot.fixture.RunningApplication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import redis.embedded.RedisServer;

/**
 * Applications with Spring Data Redis, configured only with Boot's {@code spring.data.redis.host}
 * and {@code .port} and {@code bcekit.idempotency.enabled=true}: the starter keeps client tokens in
 * that Redis through the application's LettuceConnectionFactory, so one clientToken sent to two of
 * them runs once. A store bean, {@code bcekit.idempotency.store} or {@code bcekit.redis.uri} wins.
 * (Run on Boot 3.5 too, by compat/spring-boot3.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BootDataRedisTest {

    static final AtomicInteger RUNS = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private RedisServer redis;
    private int redisPort;
    private int deadPort;
    private RunningApplication first;
    private RunningApplication second;

    @Configuration(proxyBeanMethods = false)
    @Import(CreateController.class)
    static class Create {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnStore {
        @Bean
        InMemoryIdempotencyStore ownStore() {
            return new InMemoryIdempotencyStore();
        }
    }

    @RestController
    static class CreateController {
        @PostMapping("/v1/eip")
        Map<String, Object> create(@RequestBody Map<String, Object> body) {
            return Map.of("eip", "10.0.3." + RUNS.incrementAndGet());
        }
    }

    /** The embedded server's settings on this Boot: a profile picking Tomcat where Jetty is on the class path too. */
    protected List<String> serverProperties() {
        return List.of("spring.profiles.active=tomcat");
    }

    @BeforeAll
    void start() throws IOException {
        redisPort = freePort();
        deadPort = freePort(); // nothing listens there
        redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").setting("save \"\"").build();
        redis.start();
        first = start(redisPort);
        second = start(redisPort);
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

    private RunningApplication start(int port, String... more) {
        return start(new Class<?>[] {Create.class}, port, more);
    }

    private RunningApplication start(Class<?>[] configurations, int port, String... more) {
        List<String> properties = new ArrayList<>(serverProperties());
        properties.addAll(List.of("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + port,
                "bcekit.idempotency.enabled=true"));
        properties.addAll(List.of(more));
        return RunningApplication.startWith(configurations, properties.toArray(String[]::new));
    }

    @Test
    void oneTokenSentToTwoApplicationsRunsOnceAndIsKeptInTheirRedis() throws Exception {
        assertThat(first.context().getBean(IdempotencyStore.class)).isInstanceOf(RedisIdempotencyStore.class);
        assertThat(second.context().getBean(IdempotencyStore.class)).isInstanceOf(RedisIdempotencyStore.class);
        String token = UUID.randomUUID().toString();
        int before = RUNS.get();

        HttpResponse<String> one = create(first.base(), token);
        HttpResponse<String> two = create(second.base(), token);

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).isEqualTo("{\"eip\":\"10.0.3." + (before + 1) + "\"}");
        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(two.body()).isEqualTo(one.body());
        assertThat(two.headers().firstValue("x-bce-request-id")).isNotEqualTo(one.headers().firstValue("x-bce-request-id"));
        assertThat(RUNS.get()).isEqualTo(before + 1);
        assertThat(first.context().getBean(StringRedisTemplate.class).keys("bcekit:idempotency:*" + token + "*"))
                .hasSize(1);
    }

    /**
     * Closing an application stops its connection factory (a lifecycle bean, stopped before beans
     * are destroyed), then closes the store: nothing logged at WARN or above, no connection left on
     * Redis, and the other applications on the same Redis go on.
     */
    @Test
    void closingAnApplicationLogsNothingWrongAndLeavesNoConnection() throws Exception {
        StringRedisTemplate redisOfFirst = first.context().getBean(StringRedisTemplate.class);
        int clientsBefore = redisOfFirst.getClientList().size();
        RunningApplication third = start(redisPort);
        String token = UUID.randomUUID().toString();
        HttpResponse<String> answer = create(third.base(), token);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(redisOfFirst.getClientList()).hasSize(clientsBefore + 1); // the third's store

        List<ILoggingEvent> warnings;
        try (LogCapture logs = new LogCapture()) {
            third.close();
            warnings = logs.events("").stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        }

        assertThat(warnings).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (redisOfFirst.getClientList().size() > clientsBefore && System.nanoTime() < deadline) {
            Thread.sleep(50); // Redis learns of a closed connection a moment later
        }
        assertThat(redisOfFirst.getClientList()).hasSize(clientsBefore);
        assertThat(create(first.base(), token).body()).isEqualTo(answer.body());
    }

    @Test
    void anUnreachableRedisStopsTheStart() {
        Throwable failure = catchThrowable(() -> start(deadPort).close());

        assertThat(failure).as("the application started").isNotNull();
        assertThat(causes(failure)).contains("Unable to connect to 127.0.0.1");
    }

    /** Each below has Boot's Redis on a port nobody listens on: a store on it would stop the start. */
    @Test
    void aStoreBeanWinsOverTheApplicationsRedis() throws Exception {
        try (RunningApplication application = start(new Class<?>[] {Create.class, OwnStore.class}, deadPort)) {
            assertThat(application.context().getBean(IdempotencyStore.class)).isInstanceOf(InMemoryIdempotencyStore.class);
            assertRunsOnce(application);
        }
    }

    @Test
    void aStoreClassNamedInThePropertiesWinsOverTheApplicationsRedis() throws Exception {
        try (RunningApplication application = start(deadPort,
                "bcekit.idempotency.store=io.bcekit.core.idempotency.InMemoryIdempotencyStore")) {
            assertThat(application.context().getBeansOfType(IdempotencyStore.class)).isEmpty();
            assertRunsOnce(application);
        }
    }

    @Test
    void bcekitRedisUriWinsOverTheApplicationsRedis() throws Exception {
        try (RunningApplication application = start(deadPort, "bcekit.redis.uri=redis://127.0.0.1:" + redisPort,
                "bcekit.redis.prefix=by-uri:")) {
            assertThat(application.context().getBean(IdempotencyStore.class)).isInstanceOf(RedisIdempotencyStore.class);
            assertThat(application.context().getBean(LettuceConnectionFactory.class).getPort()).isEqualTo(deadPort);
            String token = assertRunsOnce(application);
            assertThat(first.context().getBean(StringRedisTemplate.class).keys("by-uri:*" + token + "*")).hasSize(1);
        }
    }

    /**
     * {@code bcekit.redis.uri} set and no {@code bcekit.idempotency.*}: the starter makes a Redis
     * store of its own, which switches idempotency on, and two applications share its tokens.
     */
    @Test
    void bcekitRedisUriAloneSwitchesIdempotencyOnAndTwoApplicationsShareIt() throws Exception {
        List<String> properties = new ArrayList<>(serverProperties());
        properties.addAll(List.of("bcekit.redis.uri=redis://127.0.0.1:" + redisPort, "bcekit.redis.prefix=boot:"));
        String[] settings = properties.toArray(String[]::new);
        try (RunningApplication one = RunningApplication.startWith(new Class<?>[] {Create.class}, settings);
                RunningApplication two = RunningApplication.startWith(new Class<?>[] {Create.class}, settings)) {
            assertThat(one.context().getBean(IdempotencyStore.class)).isInstanceOf(RedisIdempotencyStore.class);
            String token = UUID.randomUUID().toString();
            int before = RUNS.get();

            HttpResponse<String> first = create(one.base(), token);
            HttpResponse<String> second = create(two.base(), token);

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo("{\"eip\":\"10.0.3." + (before + 1) + "\"}");
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(second.headers().firstValue("x-bce-request-id"))
                    .isNotEqualTo(first.headers().firstValue("x-bce-request-id"));
            assertThat(RUNS.get()).isEqualTo(before + 1);
        }
    }

    /** One token twice to {@code application}: one run, the same answer; returns the token. */
    private String assertRunsOnce(RunningApplication application) throws Exception {
        String token = UUID.randomUUID().toString();
        int before = RUNS.get();
        HttpResponse<String> one = create(application.base(), token);
        HttpResponse<String> two = create(application.base(), token);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).isEqualTo("{\"eip\":\"10.0.3." + (before + 1) + "\"}");
        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(two.body()).isEqualTo(one.body());
        assertThat(RUNS.get()).isEqualTo(before + 1);
        return token;
    }

    private HttpResponse<String> create(URI base, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/v1/eip?clientToken=" + token))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"bandwidthInMbps\":1}", UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }
}
