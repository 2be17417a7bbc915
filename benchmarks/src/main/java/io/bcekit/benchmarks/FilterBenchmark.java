package io.bcekit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.benchmarks.servlet.InMemoryHttpRequest;
import io.bcekit.benchmarks.servlet.InMemoryHttpResponse;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.requestid.RequestIds;
import io.bcekit.servlet.BceErrorFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * {@code BceErrorFilter.doFilter} on the success path against calling the chain directly, on an
 * in-memory request and response (no container): the difference is the filter's own cost per
 * request: a request id, the MDC, its wrappers and the after-the-handler check. And the filter's
 * error path: a servlet that throws {@code EipNotFound}, answered with the envelope.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FilterBenchmark {

    private static final byte[] BODY = "{\"eip\":\"180.76.1.2\",\"status\":\"available\"}".getBytes(UTF_8);

    private final BceErrorFilter filter = new BceErrorFilter(BceErrorConfig.defaults());
    private final InMemoryHttpRequest request = new InMemoryHttpRequest("GET", "/v1/eip/180.76.1.2")
            .header("Host", "127.0.0.1:8080").header("User-Agent", "wrk");
    private final InMemoryHttpResponse response = new InMemoryHttpResponse();

    /** The servlet: a small JSON body with its type and length. */
    private final FilterChain servlet = FilterBenchmark::answerOk;

    /** A servlet whose EIP does not exist. */
    private final FilterChain failingServlet = (request, response) -> {
        throw new BceException(EipErrors.EIP_NOT_FOUND);
    };

    private static void answerOk(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(200);
        http.setContentType("application/json");
        http.setContentLength(BODY.length);
        http.getOutputStream().write(BODY);
    }

    @Setup(Level.Trial)
    public void checkTheFilterAddsOnlyTheRequestId() throws Exception {
        withFilter();
        ErrorPathBenchmark.expect(response.getStatus() == 200 && response.bodyLength() == BODY.length
                && RequestIds.isAcceptable(response.getHeader(RequestIds.HEADER)), "filtered response");
        direct();
        ErrorPathBenchmark.expect(response.getHeader(RequestIds.HEADER) == null, "unfiltered response");
        withFilter_failure();
        ErrorPathBenchmark.expect(response.getStatus() == 404 && response.bodyLength() == 119, "envelope response");
    }

    @Benchmark
    public InMemoryHttpResponse direct() throws IOException, ServletException {
        request.recycle();
        response.recycle();
        servlet.doFilter(request, response);
        return response;
    }

    @Benchmark
    public InMemoryHttpResponse withFilter() throws IOException, ServletException {
        request.recycle();
        response.recycle();
        filter.doFilter(request, response, servlet);
        return response;
    }

    @Benchmark
    public InMemoryHttpResponse withFilter_failure() throws IOException, ServletException {
        request.recycle();
        response.recycle();
        filter.doFilter(request, response, failingServlet);
        return response;
    }
}
