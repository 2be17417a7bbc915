package io.bcekit.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.servlet.BceErrorFilter;
import io.bcekit.servlet.BceIdempotencyFilter;
import io.bcekit.servlet.fixture.IdempotencyFixture;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.embedded.RedisServer;

/** Two Jetty servers, one counting create operation, one Redis: a token runs once across both. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersOneRedisTest {

    private final IdempotencyFixture.CountingCreate create = new IdempotencyFixture.CountingCreate();
    private final HeldCreate held = new HeldCreate();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private RedisServer redis;
    private final List<RedisIdempotencyStore> stores = new ArrayList<>();
    private final List<Server> servers = new ArrayList<>();
    private final List<URI> bases = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
        redis.start();
        for (int i = 0; i < 2; i++) {
            RedisIdempotencyStore store = new RedisIdempotencyStore("redis://127.0.0.1:" + port, "two:",
                    Duration.ofSeconds(5)); // not 2 s: fifty requests at once on a loaded machine must not time out
            stores.add(store);
            IdempotencyGuard guard = IdempotencyGuard.builder(store).waitBound(Duration.ofSeconds(10)).build();
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler("/");
            context.addFilter(new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults())), "/*",
                    EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
            context.addFilter(new FilterHolder(new BceIdempotencyFilter(guard, 64 * 1024)), "/*",
                    EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new ServletHolder(create), "/v1/eip");
            context.addServlet(new ServletHolder(held), "/v1/held");
            server.setHandler(context);
            server.start();
            servers.add(server);
            bases.add(URI.create("http://127.0.0.1:" + connector.getLocalPort()));
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (Server server : servers) {
            server.stop();
        }
        stores.forEach(RedisIdempotencyStore::close);
        redis.stop();
    }

    private CompletableFuture<HttpResponse<byte[]>> post(URI base, String token) {
        return send(base, "/v1/eip?slow&clientToken=" + token);
    }

    private CompletableFuture<HttpResponse<byte[]>> send(URI base, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("{\"bandwidthInMbps\":1}")).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void fiftyDuplicatesOverTwoServersRunOnce() throws Exception {
        create.runs.set(0);
        String token = UUID.randomUUID().toString();
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(post(bases.get(i % 2), token));
        }
        Set<String> bodies = new HashSet<>();
        for (CompletableFuture<HttpResponse<byte[]>> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
            bodies.add(new String(answer.get().body(), UTF_8));
        }
        assertThat(bodies).containsExactly("{\"eip\":\"10.0.0.1\"}");
        assertThat(create.runs).hasValue(1);
    }

    /**
     * Redis gone between the claim and the outcome: the operation ran, so its answer is sent (the
     * outcome cannot be stored; logged). While Redis is down a retry is 503 and does not run. A
     * Redis restarted without persistence has forgotten the claim: the retry then runs again
     * (docs/idempotency.md, "What is not guaranteed").
     */
    @Test
    void redisStoppedWhileAHandlerRunsAnswersItAndFailsClosedUntilRedisIsBack() throws Exception {
        String token = UUID.randomUUID().toString();
        CompletableFuture<HttpResponse<byte[]>> first = send(bases.get(0), "/v1/held?clientToken=" + token);
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        redis.stop();
        try {
            held.release.countDown();
            HttpResponse<byte[]> answer = first.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(new String(answer.body(), UTF_8)).isEqualTo("{\"eip\":\"10.0.9.1\"}");

            HttpResponse<byte[]> retryWhileDown = send(bases.get(1), "/v1/held?clientToken=" + token).get();
            assertThat(retryWhileDown.statusCode()).isEqualTo(503);
            assertThat(new String(retryWhileDown.body(), UTF_8)).contains("\"code\":\"ServiceUnavailable\"");
            assertThat(held.runs).hasValue(1);
        } finally {
            redis.start();
        }
        awaitRedisServing(bases.get(0));
        awaitRedisServing(bases.get(1));
        HttpResponse<byte[]> retryAfter = send(bases.get(1), "/v1/held?clientToken=" + token).get();
        assertThat(retryAfter.statusCode()).isEqualTo(200);
        assertThat(new String(retryAfter.body(), UTF_8)).isEqualTo("{\"eip\":\"10.0.9.2\"}");
        HttpResponse<byte[]> replayed = send(bases.get(0), "/v1/held?clientToken=" + token).get();
        assertThat(replayed.body()).isEqualTo(retryAfter.body());
        assertThat(held.runs).hasValue(2);
    }

    /** Until the server's store has reconnected (Lettuce backs off while Redis was down): 503 till then. */
    private void awaitRedisServing(URI base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (post(base, UUID.randomUUID().toString()).get().statusCode() != 200) {
            assertThat(System.nanoTime()).as("serving again within 60 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** A create whose first run waits for the test to let it finish. */
    private static final class HeldCreate extends HttpServlet {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int run = runs.incrementAndGet();
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            response.setContentType("application/json");
            response.getOutputStream().write(("{\"eip\":\"10.0.9." + run + "\"}").getBytes(UTF_8));
        }
    }

    @Test
    void redisDownIs503AndTheOperationNeverRunsUnguarded() throws Exception {
        create.runs.set(0);
        redis.stop();
        try {
            HttpResponse<byte[]> answer = post(bases.get(0), UUID.randomUUID().toString()).get();
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(new String(answer.body(), UTF_8)).contains("\"code\":\"ServiceUnavailable\"");
            assertThat(create.runs).hasValue(0);
        } finally {
            redis.start();
        }
        awaitRedisServing(bases.get(0));
        awaitRedisServing(bases.get(1));
    }
}
