package io.bcekit.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.StoredResponse;
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

/** The store on a real redis-server the build starts (embedded-redis ships the binary), on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisIdempotencyStoreTest {

    private static final StoredResponse CREATED = new StoredResponse(200,
            List.of(Map.entry("Content-Type", "application/json;charset=utf-8")), "{\"eip\":\"1.2.3.4\"}".getBytes(UTF_8));

    private int port;
    private RedisServer redis;
    private RedisIdempotencyStore first;
    private RedisIdempotencyStore second;

    @BeforeAll
    void startRedis() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        redis = newRedis();
        redis.start();
        first = new RedisIdempotencyStore("redis://127.0.0.1:" + port, "test:", Duration.ofMillis(500));
        second = new RedisIdempotencyStore("redis://127.0.0.1:" + port, "test:", Duration.ofMillis(500));
    }

    @AfterAll
    void stopRedis() throws IOException {
        first.close();
        second.close();
        redis.stop();
    }

    private RedisServer newRedis() throws IOException {
        return RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").setting("appendonly no").build();
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Test
    void claimCompleteAndFindAcrossInstances() {
        String key = token();
        assertThat(first.claim(key, "owner-1", "fp", Duration.ofMinutes(1))).isNull();
        assertThat(second.claim(key, "owner-2", "fp", Duration.ofMinutes(1)))
                .isEqualTo(IdempotencyStore.Entry.claimed("owner-1", "fp"));

        second.complete(key, "owner-2", CREATED, false, Duration.ofHours(1)); // not its claim: nothing changes
        second.release(key, "owner-2");
        assertThat(first.get(key)).isEqualTo(IdempotencyStore.Entry.claimed("owner-1", "fp"));

        first.complete(key, "owner-1", CREATED, false, Duration.ofHours(1));
        assertThat(second.get(key)).isEqualTo(new IdempotencyStore.Entry("owner-1", "fp", CREATED, false));
        first.release(key, "owner-1"); // a completed entry is not released
        assertThat(second.claim(key, "owner-3", "fp", Duration.ofMinutes(1)))
                .isEqualTo(new IdempotencyStore.Entry("owner-1", "fp", CREATED, false));
        assertThat(first.get(token())).isNull();
    }

    @Test
    void aClaimExpiresAfterItsTimeToLive() throws Exception {
        String key = token();
        first.claim(key, "owner-1", "fp", Duration.ofMillis(100));
        Thread.sleep(300);

        assertThat(second.claim(key, "owner-2", "fp", Duration.ofMinutes(1))).isNull();
    }

    @Test
    void twoInstancesFiftyDuplicatesOneRun() throws Exception {
        assertThat(ConcurrentDuplicates.runs(50, CREATED, first, second)).isEqualTo(1);
    }

    @Test
    void aThousandTokensAThousandRuns() {
        IdempotencyGuard guard = ConcurrentDuplicates.guard(first);
        int runs = 0;
        for (int i = 0; i < 1000; i++) {
            if (guard.begin("ak", token(), "fp") instanceof IdempotencyGuard.Proceed proceed) {
                runs++;
                guard.finish(proceed.ticket(), CREATED);
            }
        }
        assertThat(runs).isEqualTo(1000);
    }

    @Test
    void mismatchAndScopesAcrossInstances() {
        String token = token();
        IdempotencyGuard one = ConcurrentDuplicates.guard(first);
        IdempotencyGuard two = ConcurrentDuplicates.guard(second);
        one.finish(((IdempotencyGuard.Proceed) one.begin("ak-1", token, "fp-a")).ticket(), CREATED);

        assertThatThrownBy(() -> two.begin("ak-1", token, "fp-b")).isInstanceOfSatisfying(BceException.class,
                e -> assertThat(e.getErrorCode()).isSameAs(GlobalErrors.IDEMPOTENT_PARAMETER_MISMATCH));
        assertThat(two.begin("ak-2", token, "fp-b")).isInstanceOf(IdempotencyGuard.Proceed.class);
    }

    /** Redis stopped: every request fails closed with 503; Redis back: the same stores serve again. */
    @Test
    void redisDownFailsClosedAndRecoversWithoutRestart() throws Exception {
        IdempotencyGuard guard = ConcurrentDuplicates.guard(first);
        redis.stop();
        try {
            assertThatThrownBy(() -> guard.begin("ak", token(), "fp")).isInstanceOfSatisfying(BceException.class,
                    e -> assertThat(e.getErrorCode()).isSameAs(HttpStatusErrors.SERVICE_UNAVAILABLE));
        } finally {
            redis = newRedis();
            redis.start();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        IdempotencyGuard.Decision decision = null;
        while (decision == null && System.nanoTime() < deadline) {
            try {
                decision = guard.begin("ak", token(), "fp");
            } catch (BceException stillReconnecting) {
                Thread.sleep(200);
            }
        }
        assertThat(decision).isInstanceOf(IdempotencyGuard.Proceed.class);
    }

}
