package io.bcekit.benchmarks;

import io.bcekit.core.requestid.RandomUuidGenerator;
import io.bcekit.core.requestid.RequestIdGenerator;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fresh request id: bcekit's default generator against {@code UUID.randomUUID().toString()},
 * each on 1, 2 and 8 threads sharing one generator, as a server's worker threads do.
 *
 * <p>Scores are wall time per operation <em>per thread</em>: with more threads than cores each
 * thread runs part of the time, so the machine's cost per id is {@code score × cores ÷ threads}
 * once {@code threads ≥ cores} (docs/performance.md shows the arithmetic). The control, two
 * thread-local random numbers and nothing shared or allocated, shows how far the machine itself
 * scales from 1 to 2 and 8 threads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RequestIdBenchmark {

    private final RequestIdGenerator generator = new RandomUuidGenerator();

    @Benchmark
    @Threads(1)
    public String bcekit_1thread() {
        return generator.newRequestId();
    }

    @Benchmark
    @Threads(2)
    public String bcekit_2threads() {
        return generator.newRequestId();
    }

    @Benchmark
    @Threads(8)
    public String bcekit_8threads() {
        return generator.newRequestId();
    }

    @Benchmark
    @Threads(1)
    public long control_1thread() {
        return twoRandomLongs();
    }

    @Benchmark
    @Threads(2)
    public long control_2threads() {
        return twoRandomLongs();
    }

    @Benchmark
    @Threads(8)
    public long control_8threads() {
        return twoRandomLongs();
    }

    private static long twoRandomLongs() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return random.nextLong() ^ random.nextLong();
    }

    @Benchmark
    @Threads(1)
    public String jdkRandomUuid_1thread() {
        return UUID.randomUUID().toString();
    }

    @Benchmark
    @Threads(2)
    public String jdkRandomUuid_2threads() {
        return UUID.randomUUID().toString();
    }

    @Benchmark
    @Threads(8)
    public String jdkRandomUuid_8threads() {
        return UUID.randomUUID().toString();
    }
}
