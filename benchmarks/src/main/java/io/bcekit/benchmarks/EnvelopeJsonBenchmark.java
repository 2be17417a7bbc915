package io.bcekit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bcekit.core.ErrorEnvelope;
import java.io.IOException;
import java.util.Arrays;
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

/**
 * The envelope's wire form: bcekit's {@code toJson} against jackson-databind on the same record (the
 * way a user would do it with an {@code ObjectMapper}) and against core's earlier writer on Jackson's
 * streaming API.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EnvelopeJsonBenchmark {

    /** ascii: EipNotFound's seed text; unicode: PreconditionFailed's, with U+2019 and a quote to escape. */
    @Param({"ascii", "unicode"})
    String message;

    private final ObjectMapper mapper = new ObjectMapper();
    private ErrorEnvelope envelope;
    private byte[] json;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String text = message.equals("ascii") ? "The specified eip does not exist."
                : "The \"If-Match\" precondition failed: the resource doesn\u2019t match";
        envelope = new ErrorEnvelope(ErrorPathBenchmark.REQUEST_ID, "EipNotFound", text);
        json = envelope.toJson();
        ErrorPathBenchmark.expect(Arrays.equals(json, JacksonStreamingEnvelopeWriter.write(envelope)),
                "the same bytes as the previous writer");
        ErrorPathBenchmark.expect(Arrays.equals(json, mapper.writeValueAsBytes(envelope)), "the same bytes as databind");
        ErrorPathBenchmark.expect(mapper.readValue(json, ErrorEnvelope.class).equals(envelope), "databind reads it");
    }

    @Benchmark
    public byte[] write_bcekit() {
        return envelope.toJson();
    }

    /** core's writer before it was hand-written. */
    @Benchmark
    public byte[] write_jacksonStreaming() {
        return JacksonStreamingEnvelopeWriter.write(envelope);
    }

    @Benchmark
    public byte[] write_jacksonDatabind() throws IOException {
        return mapper.writeValueAsBytes(envelope);
    }
}
