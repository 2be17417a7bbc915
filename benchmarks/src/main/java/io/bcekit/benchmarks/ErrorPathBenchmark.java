package io.bcekit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bcekit.core.BceException;
import io.bcekit.core.ErrorEnvelope;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.internal.ErrorResponder;
import io.bcekit.core.internal.ErrorResponse;
import io.bcekit.core.internal.RequestSummary;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zalando.problem.ThrowableProblem;
import org.zalando.problem.jackson.ProblemModule;

/**
 * One 4xx failure from throw to response bytes: a handler {@code stackDepth} frames down throws,
 * the outermost layer catches, translates and writes the body. bcekit ({@link ErrorResponder},
 * exactly what both adapters call) against what users write without it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ErrorPathBenchmark {

    static final String REQUEST_ID = "ae2225f7-1c2e-427a-a1ad-5413b762957d";
    static final String METHOD = "GET";
    static final String TARGET = "/v1/eip/180.76.1.2";

    /**
     * Frames between the throw and the catch. 1: right under it, the core's own cost. Measured on
     * the load servers: 6 from a servlet's {@code doGet} up to {@code BceErrorFilter} on Jetty ee11,
     * 14 from a Jersey 4 resource method up to Jersey's {@code ServerRuntime}, which maps it.
     * (Below the catch those servers hold 19 and 40 more frames, JMH about a dozen, so the
     * baselines' stack traces cost more in a server than here: their figures here flatter them.)
     */
    @Param({"1", "6", "14"})
    int stackDepth;

    private final ErrorResponder responder = new ErrorResponder(BceErrorConfig.defaults(), "servlet");
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectMapper problemMapper = new ObjectMapper().registerModule(new ProblemModule());

    @Setup(Level.Trial)
    public void checkEveryStyleAnswersNotFound() throws Exception {
        expect(Arrays.equals(bcekit(), new ErrorEnvelope(REQUEST_ID, "EipNotFound", FailingHandlers.MESSAGE).toJson()),
                "bcekit body");
        expect(mapper.readTree(handWritten()).get("code").asText().equals("EipNotFound"), "hand-written body");
        expect(mapper.readTree(zalandoProblem()).get("status").asInt() == 404, "problem body");
        expect(mapper.readTree(dropwizard()).get("code").asInt() == 404, "Dropwizard body");
    }

    @Benchmark
    public byte[] bcekit() {
        try {
            FailingHandlers.bcekit(stackDepth);
            throw new AssertionError("no failure");
        } catch (BceException failure) {
            // What an adapter does per failure: describe the request, then have core answer it.
            ErrorResponse response = responder.forFailure(new RequestSummary(REQUEST_ID, METHOD, TARGET), failure);
            return response.body();
        }
    }

    @Benchmark
    public byte[] handWritten() throws JsonProcessingException {
        try {
            FailingHandlers.handWritten(stackDepth);
            throw new AssertionError("no failure");
        } catch (FailingHandlers.ApiException failure) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("requestId", REQUEST_ID);
            body.put("code", failure.code);
            body.put("message", failure.getMessage());
            return mapper.writeValueAsString(body).getBytes(UTF_8);
        }
    }

    @Benchmark
    public byte[] zalandoProblem() throws JsonProcessingException {
        try {
            FailingHandlers.zalandoProblem(stackDepth);
            throw new AssertionError("no failure");
        } catch (ThrowableProblem failure) {
            return problemMapper.writeValueAsBytes(failure);
        }
    }

    @Benchmark
    public byte[] dropwizard() throws JsonProcessingException {
        try {
            FailingHandlers.dropwizard(stackDepth);
            throw new AssertionError("no failure");
        } catch (WebApplicationException failure) {
            // LoggingExceptionMapper's answer to a WebApplicationException below 500 (not logged).
            ErrorMessage body = new ErrorMessage(failure.getResponse().getStatus(), failure.getLocalizedMessage());
            return mapper.writeValueAsBytes(body);
        }
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark set-up is wrong: " + what);
        }
    }
}
