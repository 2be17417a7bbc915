package io.bcekit.benchmarks.load;

import java.io.IOException;
import redis.embedded.RedisServer;

/**
 * The Redis server behind load.sh's configuration (j): the binary embedded-redis ships, on
 * 127.0.0.1 only, without persistence, stopped with this process.
 */
final class LoadRedis {

    private LoadRedis() {
    }

    static void run(int port) throws IOException, InterruptedException {
        RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        redis.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                redis.stop();
            } catch (IOException e) {
                System.err.println("Could not stop Redis: " + e);
            }
        }));
        System.out.println("READY redis://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
