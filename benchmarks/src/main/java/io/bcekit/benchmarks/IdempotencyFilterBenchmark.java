package io.bcekit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.benchmarks.servlet.InMemoryHttpRequest;
import io.bcekit.benchmarks.servlet.InMemoryHttpResponse;
import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.servlet.BceIdempotencyFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code clientToken} idempotency costs a create, on an in-memory request and response (no
 * container): a createEip POST with a new token each time, as the SDK sends it, answered by a
 * handler that reads the body and writes a small JSON answer; called directly, and behind
 * {@link BceIdempotencyFilter} on the in-memory store (read the body, fingerprint, claim, record
 * the answer, store it). The difference is the guard's cost per mutating request; with
 * {@code -prof gc}, its allocation (the stored answer's bytes included).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap, as a server runs with: the store keeps what each operation stores, and
// on a default heap that grows as it fills, first-touch page faults cost more than the guard.
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class IdempotencyFilterBenchmark {

    private static final byte[] REQUEST_BODY =
            "{\"bandwidthInMbps\":1,\"billing\":{\"paymentTiming\":\"Postpaid\"}}".getBytes(UTF_8);
    private static final byte[] ANSWER = "{\"eip\":\"100.64.0.1\"}".getBytes(UTF_8);

    private final BceIdempotencyFilter filter = new BceIdempotencyFilter(
            IdempotencyGuard.builder(new InMemoryIdempotencyStore()).build(), 1024 * 1024);
    private final InMemoryHttpRequest request = new InMemoryHttpRequest("POST", "/v1/eip")
            .header("Host", "127.0.0.1:8080").header("Content-Type", "application/json").body(REQUEST_BODY);
    private final InMemoryHttpResponse response = new InMemoryHttpResponse();
    private final AtomicInteger runs = new AtomicInteger();
    private long next;

    /** The create handler: reads the body, answers a small JSON body with its type and length. */
    private final FilterChain create = this::create;

    private void create(ServletRequest request, ServletResponse response) throws IOException {
        if (request.getInputStream().readAllBytes().length != REQUEST_BODY.length) {
            throw new IllegalStateException("the body did not reach the handler");
        }
        runs.incrementAndGet();
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(200);
        http.setContentType("application/json");
        http.setContentLength(ANSWER.length);
        http.getOutputStream().write(ANSWER);
    }

    @Setup(Level.Trial)
    public void checkARetryIsReplayedWithoutRunning() throws Exception {
        guarded();
        String token = request.getQueryString();
        int before = runs.get();
        request.recycle();
        response.recycle();
        request.query(token);
        filter.doFilter(request, response, create);
        ErrorPathBenchmark.expect(runs.get() == before && response.getStatus() == 200
                && response.bodyLength() == ANSWER.length, "replayed answer");
        direct();
        ErrorPathBenchmark.expect(runs.get() == before + 1 && response.bodyLength() == ANSWER.length, "direct answer");
    }

    @Benchmark
    public InMemoryHttpResponse direct() throws IOException, ServletException {
        nextRequest();
        create.doFilter(request, response);
        return response;
    }

    @Benchmark
    public InMemoryHttpResponse guarded() throws IOException, ServletException {
        nextRequest();
        filter.doFilter(request, response, create);
        return response;
    }

    /** A new request with a new token (the query string is the container's, allocated either way). */
    private void nextRequest() {
        request.recycle();
        response.recycle();
        request.query("clientToken=" + next++);
    }
}
