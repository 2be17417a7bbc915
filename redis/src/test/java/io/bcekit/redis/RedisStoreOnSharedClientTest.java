package io.bcekit.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.StoredResponse;
import io.bcekit.servlet.fixture.LogCapture;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.embedded.RedisServer;

/**
 * Stores on a Lettuce client the application owns (as Spring Data Redis' is), on a real
 * redis-server on loopback: each store works through a connection of its own, and closing it
 * leaves the client and the client's other connections working.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisStoreOnSharedClientTest {

    private static final StoredResponse CREATED = new StoredResponse(201,
            List.of(Map.entry("Content-Type", "application/json")), "{\"eip\":\"10.0.2.1\"}".getBytes(UTF_8));

    private int port;
    private RedisServer redis;
    private RedisClient client;
    private StatefulRedisConnection<String, String> applicationConnection;

    @BeforeAll
    void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").setting("appendonly no")
                .build();
        redis.start();
        // A client whose own command timeout is a minute, as Spring Data Redis' default is.
        client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port)
                .withTimeout(Duration.ofMinutes(1)).build());
        applicationConnection = client.connect();
    }

    @AfterAll
    void stop() throws IOException {
        if (client != null) {
            client.shutdown();
        }
        redis.stop();
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Test
    void storesOnOneClientAndAStoreOfItsOwnShareTokens() {
        String key = token();
        try (RedisIdempotencyStore first = RedisIdempotencyStore.onClient(client, "shared:");
                RedisIdempotencyStore second = RedisIdempotencyStore.onClient(client, "shared:");
                RedisIdempotencyStore own = new RedisIdempotencyStore("redis://127.0.0.1:" + port, "shared:")) {
            assertThat(first.claim(key, "owner-1", "fp", Duration.ofMinutes(1))).isNull();
            assertThat(second.claim(key, "owner-2", "fp", Duration.ofMinutes(1)))
                    .isEqualTo(IdempotencyStore.Entry.claimed("owner-1", "fp"));
            first.complete(key, "owner-1", CREATED, false, Duration.ofHours(1));
            assertThat(own.claim(key, "owner-3", "fp", Duration.ofMinutes(1)))
                    .isEqualTo(new IdempotencyStore.Entry("owner-1", "fp", CREATED, false));
            assertThat(applicationConnection.sync().exists("shared:{" + key + "}")).isEqualTo(1L);
        }
    }

    @Test
    void closingTheStoreClosesItsConnectionAndLeavesTheClientWorking() {
        RedisIdempotencyStore store = RedisIdempotencyStore.onClient(client, "closed:");
        String key = token();
        assertThat(store.claim(key, "owner-1", "fp", Duration.ofMinutes(1))).isNull();

        store.close();

        assertThatThrownBy(() -> store.claim(token(), "owner-1", "fp", Duration.ofMinutes(1)))
                .isInstanceOf(RedisException.class);
        assertThat(applicationConnection.isOpen()).isTrue();
        assertThat(applicationConnection.sync().ping()).isEqualTo("PONG");
        try (StatefulRedisConnection<String, String> later = client.connect();
                RedisIdempotencyStore next = RedisIdempotencyStore.onClient(client, "closed:")) {
            assertThat(later.sync().ping()).isEqualTo("PONG");
            assertThat(next.get(key)).isEqualTo(IdempotencyStore.Entry.claimed("owner-1", "fp"));
        }
    }

    /** As in Spring, whose connection factory shuts its client down before the store bean is closed. */
    @Test
    void closingAStoreAfterItsClientWasShutDownIsQuiet() {
        RedisClient owned = RedisClient.create("redis://127.0.0.1:" + port);
        RedisIdempotencyStore store = RedisIdempotencyStore.onClient(owned, "late:");
        assertThat(store.claim(token(), "owner-1", "fp", Duration.ofMinutes(1))).isNull();
        owned.shutdown();

        try (LogCapture logs = new LogCapture()) {
            store.close();
            assertThat(logs.events("io.lettuce")).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        }
    }

    /**
     * Redis holding every command for 1.5 s (CLIENT PAUSE): the store gives up after its 300 ms; on
     * the client's minute, the claim would have succeeded when the pause ended.
     */
    @Test
    void theStoreKeepsItsOwnCommandTimeout() {
        try (RedisIdempotencyStore store = RedisIdempotencyStore.onClient(client, "slow:", Duration.ofMillis(300))) {
            assertThat(store.get(token())).isNull(); // connected before the pause
            applicationConnection.sync().clientPause(1500);
            long started = System.nanoTime();

            assertThatThrownBy(() -> store.claim(token(), "owner-1", "fp", Duration.ofMinutes(1)))
                    .isInstanceOf(RedisCommandTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
            assertThat(applicationConnection.sync().ping()).isEqualTo("PONG"); // waits out the pause
        }
    }

    @Test
    void anUnknownKindOfClientIsRejected() {
        assertThatThrownBy(() -> RedisIdempotencyStore.onClient(null, "x:")).isInstanceOf(NullPointerException.class)
                .hasMessage("client");
        assertThatThrownBy(() -> RedisIdempotencyStore.onClient(client, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("prefix");
    }
}
