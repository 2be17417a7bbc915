package io.bcekit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.core.idempotency.RequestFingerprint;
import io.bcekit.core.idempotency.StoredResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the in-memory clientToken guard costs a mutating request: fingerprinting a createEip call
 * (method, path, query, a 60-byte body) and a first run (claim, then store a 17-byte answer), with
 * a fresh token each time, as the SDK sends; and a retry replayed from the store. Run with
 * {@code -prof gc} for the allocation per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap, as a server runs with: the store keeps what each operation stores, and
// on a default heap that grows as it fills, first-touch page faults cost more than the guard.
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class IdempotencyGuardBenchmark {

    private static final byte[] BODY = "{\"bandwidthInMbps\":1,\"billing\":{\"paymentTiming\":\"Postpaid\"}}".getBytes(UTF_8);
    private static final StoredResponse CREATED = new StoredResponse(200,
            List.of(Map.entry("Content-Type", "application/json;charset=utf-8")), "{\"eip\":\"1.2.3.4\"}".getBytes(UTF_8));

    private final IdempotencyGuard guard = IdempotencyGuard.builder(new InMemoryIdempotencyStore(16L * 1024 * 1024)).build();
    private long next;
    private String storedToken;

    @Setup
    public void storeOneAnswer() {
        storedToken = "stored-token";
        IdempotencyGuard.Decision decision = guard.begin("ak", storedToken, "fp");
        guard.finish(((IdempotencyGuard.Proceed) decision).ticket(), CREATED);
        if (!(guard.begin("ak", storedToken, "fp") instanceof IdempotencyGuard.Replay replay) || !replay.response().equals(CREATED)) {
            throw new IllegalStateException("the stored answer is not replayed");
        }
    }

    @Benchmark
    public String fingerprint() {
        return RequestFingerprint.of("POST", "/v1/eip", "clientToken=7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f", BODY);
    }

    @Benchmark
    public IdempotencyGuard.Decision firstRun() {
        IdempotencyGuard.Decision decision = guard.begin("ak", Long.toString(next++), "fp");
        guard.finish(((IdempotencyGuard.Proceed) decision).ticket(), CREATED);
        return decision;
    }

    @Benchmark
    public IdempotencyGuard.Decision replay() {
        return guard.begin("ak", storedToken, "fp");
    }
}
