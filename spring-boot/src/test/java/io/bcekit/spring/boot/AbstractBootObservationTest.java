package io.bcekit.spring.boot;

import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.servlet.fixture.SameFailure;
import io.bcekit.spring.boot.fixture.RunningApplication;
import io.bcekit.spring.boot.fixture.TelemetryRecorder;
import io.bcekit.spring.boot.fixture.TelemetryRecorder.ServerObservation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.exporter.FinishedSpan;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A Boot application (4 here, 3.5 in compat/spring-boot3) with the starter, Micrometer metrics and
 * Brave tracing as Boot wires them: Spring MVC's server observation of every request, answered or
 * failed, carries the very request id the client got (header and body) as {@code bce.request_id},
 * so the server span is tagged with it; the {@code http.server.requests} timers never are.
 * Each test requests its own path once, so the observation and span it finds are its request's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractBootObservationTest {

    /** Every request traced, so that every request has a span to look at. */
    protected static final String SAMPLE_ALL = "management.tracing.sampling.probability=1.0";
    private static final String KEY = "bce.request_id";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private RunningApplication application;

    /** Starts the fixture application with {@link TelemetryRecorder} and {@link #SAMPLE_ALL}. */
    protected abstract RunningApplication startApplication();

    @BeforeAll
    void start() {
        application = startApplication();
    }

    @AfterAll
    void stop() {
        application.close();
    }

    @Test
    void successCarriesTheIdOfItsHeader() throws Exception {
        HttpResponse<byte[]> response = get("/mvc/eip/7");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"id\":7}");
        assertTraced("/mvc/eip/7", response.headers().firstValue("x-bce-request-id").orElseThrow(), "200", "none");
    }

    @Test
    void unknownPathCarriesTheIdOfItsEnvelope() throws Exception {
        String id = assertEnvelope(get("/no/such/traced/path"), 400, "InvalidURI", "Could not parse the specified URI.");
        assertTraced("/no/such/traced/path", id, "400", "NoResourceFoundException");
    }

    @Test
    void bugCarriesTheIdOfItsEnvelope() throws Exception {
        String id = assertEnvelope(get("/same/bug"), 500, "InternalError",
                "We encountered an internal error. Please try again.");
        assertTraced("/same/bug", id, "500", "IllegalStateException");
    }

    @Test
    void bceExceptionCarriesTheIdOfItsEnvelope() throws Exception {
        String id = assertEnvelope(get("/same/quota"), 413, "ExceedLimit", SameFailure.QUOTA_MESSAGE);
        assertTraced("/same/quota", id, "413", "BceException");
    }

    @Test
    void asyncFailureCarriesTheIdOfItsEnvelope() throws Exception {
        String id = assertEnvelope(get("/mvc/async-failure"), 404, "EipNotFound", "The specified eip does not exist.");
        assertTraced("/mvc/async-failure", id, "404", "BceException");
    }

    @Test
    void asyncTimeoutCarriesTheIdOfItsEnvelope() throws Exception {
        String id = assertEnvelope(get("/mvc/async-timeout"), 503, "ServiceUnavailable",
                "The service is temporarily unavailable. Please try again.");
        // Spring's ServerHttpObservationFilter stops the observation on the timeout (before the
        // answer: status 200) and again on completion (503); both stops carry the id, Brave ends one span.
        assertTraced("/mvc/async-timeout", id, 2, "503", "AsyncRequestTimeoutException");
    }

    private void assertTraced(String path, String id, String status, String exception) throws Exception {
        assertTraced(path, id, 1, status, exception);
    }

    /**
     * {@code stops}: how often Spring stops the request's observation (see the async timeout); the
     * last stop records the {@code status} the client got and the {@code exception} behind it.
     */
    private void assertTraced(String path, String id, int stops, String status, String exception) throws Exception {
        TelemetryRecorder recorder = application.context().getBean(TelemetryRecorder.class);
        List<ServerObservation> observations = recorder.observationsOf(path, stops);
        assertThat(observations).hasSize(stops).allSatisfy(observation -> {
            assertThat(observation.highCardinality()).containsEntry(KEY, id);
            assertThat(observation.lowCardinality()).doesNotContainKey(KEY).doesNotContainValue(id);
        });
        ServerObservation observation = observations.get(stops - 1);
        assertThat(observation.lowCardinality()).containsEntry("status", status).containsEntry("exception", exception)
                .containsEntry("outcome", outcome(status));

        List<FinishedSpan> spans = recorder.spansOf(path);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).getKind()).isEqualTo(Span.Kind.SERVER);
        assertThat(spans.get(0).getTags()).containsEntry(KEY, id);

        assertNoTimerTagged(observation, id);
    }

    /** Once the request's own timer exists (its tags are the observation's low-cardinality ones). */
    private void assertNoTimerTagged(ServerObservation observation, String id) throws InterruptedException {
        MeterRegistry registry = application.context().getBean(MeterRegistry.class);
        Tags own = Tags.of(observation.lowCardinality().entrySet().stream()
                .map(entry -> Tag.of(entry.getKey(), entry.getValue())).toList());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (registry.find("http.server.requests").tags(own).timer() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Collection<Timer> timers = registry.find("http.server.requests").timers();
        assertThat(registry.find("http.server.requests").tags(own).timer()).isNotNull();
        for (Timer timer : timers) {
            assertThat(timer.getId().getTags()).extracting(Tag::getKey).doesNotContain(KEY);
            assertThat(timer.getId().getTags()).extracting(Tag::getValue).doesNotContain(id);
        }
    }

    private static String outcome(String status) {
        return switch (status.charAt(0)) {
            case '2' -> "SUCCESS";
            case '4' -> "CLIENT_ERROR";
            default -> "SERVER_ERROR";
        };
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(application.base().resolve(path)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
