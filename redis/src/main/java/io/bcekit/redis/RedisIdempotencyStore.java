package io.bcekit.redis;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.StoredResponse;
import io.bcekit.redis.RedisConnections.Connected;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisHashCommands;
import io.lettuce.core.api.sync.RedisScriptingCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Claims and outcomes of client tokens on Redis, shared by every instance of a service. Each key
 * is a hash ({@code owner}, {@code fp}, {@code state}, {@code response}) under
 * {@code <prefix>{<scope and token>}}: the braces make the whole key one Redis Cluster hash slot.
 * Claim, completion and release are Lua scripts, so each is atomic: a claim is made only where no
 * entry is, and a completion or release only by the owner of a claim still in progress — an
 * instance whose claim expired cannot overwrite another's.
 *
 * <p>On a standalone Redis (the constructors) or a Redis Cluster ({@link #cluster}: the hash tag
 * sends every command on one token to the node that owns its slot, and scripts touch that one
 * key only). Commands time out after the command timeout (default 2 s); a failure or a timeout
 * reaches the guard as an exception, which answers 503 (fail closed). Lettuce reconnects by
 * itself when Redis is back. {@link #close()} closes the store's connection, and shuts down the
 * client if the store created it ({@link #onClient}: a client someone else owns stays up).
 */
public final class RedisIdempotencyStore implements IdempotencyStore, AutoCloseable {

    /** System properties read by the no-argument constructor (for a {@code store} init-param). */
    public static final String URI_PROPERTY = "bcekit.redis.uri";
    public static final String PREFIX_PROPERTY = "bcekit.redis.prefix";
    /** {@code true}: {@value #URI_PROPERTY} is a comma-separated list of Redis Cluster nodes to start from. */
    public static final String CLUSTER_PROPERTY = "bcekit.redis.cluster";
    public static final String DEFAULT_PREFIX = "bcekit:idempotency:";

    private static final byte[] CLAIMED = {'0'};
    private static final byte[] COMPLETED = {'1'};
    private static final byte[] COMPLETED_TOO_LARGE = {'2'};

    /** Returns no fields after claiming; the entry's fields when one exists. */
    private static final String CLAIM = """
            if redis.call('EXISTS', KEYS[1]) == 1 then
              return redis.call('HMGET', KEYS[1], 'owner', 'fp', 'state', 'response')
            end
            redis.call('HSET', KEYS[1], 'owner', ARGV[1], 'fp', ARGV[2], 'state', '0')
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return {}
            """;
    private static final String COMPLETE = """
            if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] and redis.call('HGET', KEYS[1], 'state') == '0' then
              redis.call('HSET', KEYS[1], 'state', ARGV[2], 'response', ARGV[3])
              redis.call('PEXPIRE', KEYS[1], ARGV[4])
              return 1
            end
            return 0
            """;
    private static final String RELEASE = """
            if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] and redis.call('HGET', KEYS[1], 'state') == '0' then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    private static final Map<String, String> DIGESTS = Map.of(CLAIM, sha1(CLAIM), COMPLETE, sha1(COMPLETE),
            RELEASE, sha1(RELEASE));

    private final RedisScriptingCommands<byte[], byte[]> scripts;
    private final RedisHashCommands<byte[], byte[]> hashes;
    private final AutoCloseable connection;
    private final Runnable shutdown;
    private final String prefix;

    /**
     * From system properties {@value #URI_PROPERTY} (default {@code redis://127.0.0.1:6379}),
     * {@value #PREFIX_PROPERTY} and {@value #CLUSTER_PROPERTY} (default false): what a
     * {@code store} init-param or property naming this class gets.
     */
    public RedisIdempotencyStore() {
        this(RedisConnections.fromSystemProperties());
    }

    /** A store on {@code redisUri} (e.g. {@code redis://127.0.0.1:6379/0}), keys under {@code prefix}. */
    public RedisIdempotencyStore(String redisUri, String prefix) {
        this(redisUri, prefix, RedisConnections.DEFAULT_TIMEOUT);
    }

    public RedisIdempotencyStore(String redisUri, String prefix, Duration commandTimeout) {
        this(RedisConnections.standalone(redisUri, prefix, commandTimeout));
    }

    /**
     * A store on the Redis Cluster that {@code seedUris} (some of its nodes, e.g.
     * {@code redis://10.0.0.1:7000}) belong to; Lettuce finds the others and follows slot moves.
     */
    public static RedisIdempotencyStore cluster(List<String> seedUris, String prefix, Duration commandTimeout) {
        return new RedisIdempotencyStore(RedisConnections.clustered(seedUris, prefix, commandTimeout));
    }

    /**
     * A store on {@code client}, a {@link io.lettuce.core.RedisClient} or {@link RedisClusterClient}
     * that the caller owns (an application's, e.g. Spring Data Redis'): it opens one connection of
     * its own on the client, with a 2 s command timeout whatever the client's, and {@link #close()}
     * closes that connection only, never the client. The client must know where Redis is (a client
     * created without a URI, as for a static master/replica set-up, cannot be connected).
     */
    public static RedisIdempotencyStore onClient(AbstractRedisClient client, String prefix) {
        return onClient(client, prefix, RedisConnections.DEFAULT_TIMEOUT);
    }

    /** As {@link #onClient(AbstractRedisClient, String)}, with the store's own command timeout. */
    public static RedisIdempotencyStore onClient(AbstractRedisClient client, String prefix, Duration commandTimeout) {
        return new RedisIdempotencyStore(RedisConnections.shared(client, prefix, commandTimeout));
    }

    private RedisIdempotencyStore(Connected connected) {
        this.scripts = connected.scripts();
        this.hashes = connected.hashes();
        this.connection = connected.connection();
        this.shutdown = connected.shutdown();
        this.prefix = connected.prefix();
    }

    @Override
    public Entry claim(String key, String owner, String fingerprint, Duration ttl) {
        List<byte[]> fields = run(CLAIM, ScriptOutputType.MULTI, keys(key), bytes(owner), bytes(fingerprint),
                bytes(Long.toString(ttl.toMillis())));
        return fields == null || fields.isEmpty() ? null : entry(fields);
    }

    /** The entry under {@code key}, or null: for inspection; the guard needs only claims. */
    public Entry get(String key) {
        List<io.lettuce.core.KeyValue<byte[], byte[]>> fields =
                hashes.hmget(redisKey(key), bytes("owner"), bytes("fp"), bytes("state"), bytes("response"));
        if (!fields.get(0).hasValue()) {
            return null;
        }
        return entry(fields.stream().map(field -> field.getValueOrElse(null)).toList());
    }

    @Override
    public void complete(String key, String owner, StoredResponse response, boolean tooLarge, Duration ttl) {
        run(COMPLETE, ScriptOutputType.INTEGER, keys(key), bytes(owner), tooLarge ? COMPLETED_TOO_LARGE : COMPLETED,
                response.toBytes(), bytes(Long.toString(ttl.toMillis())));
    }

    @Override
    public void release(String key, String owner) {
        run(RELEASE, ScriptOutputType.INTEGER, keys(key), bytes(owner));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not close the Redis connection", e);
        } finally {
            shutdown.run();
        }
    }

    /**
     * Runs {@code script} by its SHA-1 ({@code EVALSHA}: the script's text is not sent, nor hashed
     * by Redis, on every call); a node that has not seen it yet ({@code NOSCRIPT}: new, restarted, or
     * another node of a cluster) gets it with {@code EVAL}, which also caches it there.
     */
    private <T> T run(String script, ScriptOutputType type, byte[][] keys, byte[]... arguments) {
        try {
            return scripts.evalsha(DIGESTS.get(script), type, keys, arguments);
        } catch (RedisNoScriptException notLoaded) {
            return scripts.eval(script, type, keys, arguments);
        }
    }

    private byte[][] keys(String key) {
        return new byte[][] {redisKey(key)};
    }

    private byte[] redisKey(String key) {
        return bytes(prefix + "{" + key + "}");
    }

    private static Entry entry(List<byte[]> fields) {
        String owner = new String(fields.get(0), UTF_8);
        String fingerprint = new String(fields.get(1), UTF_8);
        byte[] state = fields.get(2);
        if (Arrays.equals(state, CLAIMED)) {
            return Entry.claimed(owner, fingerprint);
        }
        return new Entry(owner, fingerprint, StoredResponse.fromBytes(fields.get(3)),
                Arrays.equals(state, COMPLETED_TOO_LARGE));
    }

    private static String sha1(String script) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes(script)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
