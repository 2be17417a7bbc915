package io.bcekit.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.StoredResponse;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;
import redis.embedded.RedisShardedCluster;

/**
 * A real three-node Redis Cluster (the binary embedded-redis ships, on loopback): the stores of two
 * instances, each started from a different node, share every token wherever its slot lives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisClusterStoreTest {

    private static final StoredResponse CREATED = new StoredResponse(200,
            List.of(Map.entry("Content-Type", "application/json")), "{\"eip\":\"10.0.0.1\"}".getBytes(UTF_8));

    private RedisShardedCluster cluster;
    private List<Integer> ports;
    private Path dir;
    private RedisIdempotencyStore first;
    private RedisIdempotencyStore second;

    @BeforeAll
    void startCluster() throws IOException {
        dir = Files.createTempDirectory("bcekit-redis-cluster");
        ports = freePortsWithBusPorts(3);
        cluster = RedisShardedCluster.newRedisCluster()
                .withServerBuilder(RedisServer.newRedisServer().bind("127.0.0.1").setting("save \"\"")
                        .setting("dir " + dir))
                .serverPorts(ports) // before the shards, which take their ports from it
                .shard("a", 0).shard("b", 0).shard("c", 0)
                .initializationTimeout(Duration.ofSeconds(30))
                .build();
        cluster.start();
        awaitEveryNodeSeesTheClusterOk();
        first = RedisIdempotencyStore.cluster(List.of("redis://127.0.0.1:" + ports.get(0)), "cluster:", Duration.ofSeconds(2));
        second = RedisIdempotencyStore.cluster(List.of("redis://127.0.0.1:" + ports.get(2)), "cluster:", Duration.ofSeconds(2));
    }

    @AfterAll
    void stopCluster() throws IOException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (cluster != null) {
            cluster.stop();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void tokensOnEveryNodeAreClaimedCompletedAndFoundFromEitherInstance() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String key = "ak:" + UUID.randomUUID();
            keys.add(key);
            assertThat(first.claim(key, "owner-1", "fp", Duration.ofMinutes(1))).isNull();
            assertThat(second.claim(key, "owner-2", "fp", Duration.ofMinutes(1)))
                    .isEqualTo(IdempotencyStore.Entry.claimed("owner-1", "fp"));
            second.complete(key, "owner-2", CREATED, false, Duration.ofHours(1)); // not its claim
            first.complete(key, "owner-1", CREATED, false, Duration.ofHours(1));
            assertThat(second.claim(key, "owner-3", "fp", Duration.ofMinutes(1)))
                    .isEqualTo(new IdempotencyStore.Entry("owner-1", "fp", CREATED, false));
        }
        for (int port : ports) {
            try (Jedis node = new Jedis("127.0.0.1", port)) {
                assertThat(node.dbSize()).as("keys on node %d", port).isPositive();
            }
        }
    }

    @Test
    void fiftyDuplicatesOverTwoInstancesRunOnce() throws Exception {
        assertThat(ConcurrentDuplicates.runs(50, CREATED, first, second)).isEqualTo(1);
    }

    @Test
    void aThousandTokensAThousandRuns() {
        IdempotencyGuard[] guards = {ConcurrentDuplicates.guard(first), ConcurrentDuplicates.guard(second)};
        int runs = 0;
        for (int i = 0; i < 1000; i++) {
            IdempotencyGuard guard = guards[i % 2];
            if (guard.begin("ak", UUID.randomUUID().toString(), "fp") instanceof IdempotencyGuard.Proceed proceed) {
                runs++;
                guard.finish(proceed.ticket(), CREATED);
            }
        }
        assertThat(runs).isEqualTo(1000);
    }

    /** On a cluster client the application owns: the store shares its tokens, and closing it leaves the client up. */
    @Test
    void aStoreOnTheApplicationsClusterClientLeavesTheClientRunning() {
        RedisClusterClient client = RedisClusterClient.create(RedisURI.create("redis://127.0.0.1:" + ports.get(1)));
        try (StatefulRedisClusterConnection<String, String> application = client.connect()) {
            String key = "ak:" + UUID.randomUUID();
            try (RedisIdempotencyStore shared = RedisIdempotencyStore.onClient(client, "cluster:")) {
                assertThat(shared.claim(key, "owner-1", "fp", Duration.ofMinutes(1))).isNull();
                assertThat(shared.claim(key, "owner-2", "fp", Duration.ofMinutes(1)))
                        .isEqualTo(IdempotencyStore.Entry.claimed("owner-1", "fp"));
            }
            assertThat(first.get(key)).isEqualTo(IdempotencyStore.Entry.claimed("owner-1", "fp"));
            assertThat(application.sync().exists("cluster:{" + key + "}")).isEqualTo(1L);
        } finally {
            client.shutdown();
        }
    }

    /** What a {@code store} init-param naming the class gets: the cluster from system properties. */
    @Test
    void theNoArgumentStoreFindsTheClusterFromSystemProperties() {
        Map<String, String> properties = Map.of(RedisIdempotencyStore.URI_PROPERTY,
                "redis://127.0.0.1:" + ports.get(1) + ", redis://127.0.0.1:" + ports.get(0),
                RedisIdempotencyStore.CLUSTER_PROPERTY, "true", RedisIdempotencyStore.PREFIX_PROPERTY, "cluster:");
        properties.forEach(System::setProperty);
        try (RedisIdempotencyStore fromProperties = new RedisIdempotencyStore()) {
            String key = "ak:" + UUID.randomUUID();
            assertThat(fromProperties.claim(key, "owner-1", "fp", Duration.ofMinutes(1))).isNull();
            assertThat(first.get(key)).isEqualTo(IdempotencyStore.Entry.claimed("owner-1", "fp"));
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }


    /**
     * embedded-redis waits until one node reports the cluster ok; the others learn it a little later
     * (gossip), and answer CLUSTERDOWN until then.
     */
    private void awaitEveryNodeSeesTheClusterOk() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (int port : ports) {
            try (Jedis node = new Jedis("127.0.0.1", port)) {
                while (!node.clusterInfo().contains("cluster_state:ok")) {
                    assertThat(System.nanoTime()).as("node %d sees the cluster ok within 30 s", port).isLessThan(deadline);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /** Free loopback ports whose cluster bus ports (port + 10000) are free too. */
    private static List<Integer> freePortsWithBusPorts(int count) throws IOException {
        List<Integer> found = new ArrayList<>();
        while (found.size() < count) {
            int port = ThreadLocalRandom.current().nextInt(20000, 30000);
            if (!found.contains(port) && free(port) && free(port + 10000)) {
                found.add(port);
            }
        }
        return found;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
