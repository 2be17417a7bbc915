package io.bcekit.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisHashCommands;
import io.lettuce.core.api.sync.RedisScriptingCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link RedisIdempotencyStore} reaches Redis: one connection of its own, on a client it
 * creates (shut down with the store) or on a client someone else owns (left running).
 */
final class RedisConnections {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    private static final Runnable LEAVE_CLIENT_RUNNING = () -> { };

    private RedisConnections() {
    }

    /** What a store works through: the same connection's commands seen as scripts and as hashes. */
    record Connected(RedisScriptingCommands<byte[], byte[]> scripts, RedisHashCommands<byte[], byte[]> hashes,
            AutoCloseable connection, Runnable shutdown, String prefix) {
    }

    static Connected standalone(String redisUri, String prefix, Duration commandTimeout) {
        Objects.requireNonNull(prefix, "prefix"); // before connecting, so that nothing is left open
        RedisClient client = RedisClient.create(uri(redisUri, commandTimeout));
        return standalone(client.connect(ByteArrayCodec.INSTANCE), client::shutdown, prefix);
    }

    static Connected clustered(List<String> seedUris, String prefix, Duration commandTimeout) {
        Objects.requireNonNull(prefix, "prefix");
        RedisClusterClient client = RedisClusterClient.create(seedUris.stream().map(seed -> uri(seed, commandTimeout)).toList());
        return clustered(client.connect(ByteArrayCodec.INSTANCE), client::shutdown, prefix);
    }

    /**
     * A connection of its own on {@code client}, whose command timeout is {@code commandTimeout}
     * whatever the client's URI says (an application's client may wait a minute; a guarded request
     * should not). Closing it leaves the client and its other connections alone.
     */
    static Connected shared(AbstractRedisClient client, String prefix, Duration commandTimeout) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (client instanceof RedisClient standalone) {
            StatefulRedisConnection<byte[], byte[]> connection = standalone.connect(ByteArrayCodec.INSTANCE);
            connection.setTimeout(commandTimeout);
            return new Connected(connection.sync(), connection.sync(), closingOnce(connection), LEAVE_CLIENT_RUNNING,
                    prefix);
        }
        if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<byte[], byte[]> connection = cluster.connect(ByteArrayCodec.INSTANCE);
            connection.setTimeout(commandTimeout);
            return new Connected(connection.sync(), connection.sync(), closingOnce(connection), LEAVE_CLIENT_RUNNING,
                    prefix);
        }
        throw new IllegalArgumentException("A RedisIdempotencyStore needs a RedisClient or a RedisClusterClient, not "
                + client.getClass().getName());
    }

    static Connected fromSystemProperties() {
        String uris = System.getProperty(RedisIdempotencyStore.URI_PROPERTY, "redis://127.0.0.1:6379");
        String prefix = System.getProperty(RedisIdempotencyStore.PREFIX_PROPERTY, RedisIdempotencyStore.DEFAULT_PREFIX);
        if (!Boolean.parseBoolean(System.getProperty(RedisIdempotencyStore.CLUSTER_PROPERTY, "false"))) {
            return standalone(uris, prefix, DEFAULT_TIMEOUT);
        }
        return clustered(Arrays.stream(uris.split(",")).map(String::trim).filter(uri -> !uri.isEmpty()).toList(), prefix,
                DEFAULT_TIMEOUT);
    }

    private static Connected standalone(StatefulRedisConnection<byte[], byte[]> connection, Runnable shutdown,
            String prefix) {
        return new Connected(connection.sync(), connection.sync(), connection, shutdown, prefix);
    }

    private static Connected clustered(StatefulRedisClusterConnection<byte[], byte[]> connection, Runnable shutdown,
            String prefix) {
        return new Connected(connection.sync(), connection.sync(), connection, shutdown, prefix);
    }

    /**
     * Closes {@code connection} unless it is closed already: the client's owner may shut the client
     * down first (Spring stops its connection factory before it destroys beans), which closes every
     * connection of the client, and Lettuce warns of a second close.
     */
    private static AutoCloseable closingOnce(StatefulConnection<byte[], byte[]> connection) {
        return () -> {
            if (!(connection instanceof RedisChannelHandler<?, ?> handler && handler.isClosed())) {
                connection.close();
            }
        };
    }

    private static RedisURI uri(String redisUri, Duration commandTimeout) {
        RedisURI uri = RedisURI.create(Objects.requireNonNull(redisUri, "redisUri"));
        uri.setTimeout(commandTimeout);
        return uri;
    }
}
