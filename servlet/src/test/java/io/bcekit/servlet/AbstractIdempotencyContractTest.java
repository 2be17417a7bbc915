package io.bcekit.servlet;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.ErrorEnvelope;
import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.servlet.fixture.IdempotencyFixture;
import io.bcekit.servlet.fixture.RawHttp;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BceIdempotencyFilter} on a real container, behind BceErrorFilter and a stand-in for the
 * auth filter: one run per token and caller, the first answer replayed under each request's own id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractIdempotencyContractTest {

    private static final String BODY = "{\"bandwidthInMbps\":1}";

    protected final IdempotencyFixture.CountingCreate create = new IdempotencyFixture.CountingCreate();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private URI base;

    /**
     * Serves {@code filters} in order on "/*" (REQUEST and ASYNC dispatches; BceErrorFilter also
     * ERROR) and {@code create} at {@code /v1/eip}; returns the base URI.
     */
    protected abstract URI start(List<Filter> filters, jakarta.servlet.http.HttpServlet create) throws Exception;

    protected abstract void stop() throws Exception;

    @BeforeAll
    void startContainer() throws Exception {
        IdempotencyGuard guard = IdempotencyGuard.builder(InMemoryIdempotencyStore.withDefaults())
                .waitBound(Duration.ofSeconds(10)).build();
        base = start(List.of(new BceErrorFilter(io.bcekit.core.config.BceErrorConfig.defaults()),
                new IdempotencyFixture.CallerFromHeader(), new BceIdempotencyFilter(guard, 64 * 1024)), create);
    }

    @AfterAll
    void stopContainer() throws Exception {
        stop();
    }

    @BeforeEach
    void resetRuns() {
        create.runs.set(0);
    }

    private HttpResponse<byte[]> post(String query, String body, String caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/v1/eip?" + query))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (caller != null) {
            request.header("X-Test-Ak", caller);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRetryGetsTheFirstAnswerUnderItsOwnIdAndTheOperationRunsOnce() throws Exception {
        String token = token();
        HttpResponse<byte[]> first = post("clientToken=" + token, BODY, null);
        HttpResponse<byte[]> retry = post("clientToken=" + token, BODY, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(new String(first.body(), UTF_8)).isEqualTo("{\"eip\":\"10.0.0.1\"}");
        // framed by the container as without the guard: a small answer gets its length, not chunks
        assertThat(first.headers().firstValue("content-length")).hasValue(String.valueOf(first.body().length));
        assertThat(first.headers().firstValue("transfer-encoding")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("etag")).isEqualTo(first.headers().firstValue("etag")).hasValue("\"run-1\"");
        assertThat(retry.headers().firstValue("content-type")).hasValue("application/json;charset=utf-8");
        assertThat(retry.headers().firstValue("content-length")).hasValue(String.valueOf(first.body().length));
        assertThat(retry.headers().allValues("x-bce-request-id")).singleElement().asString().matches(UUID_V4)
                .isNotEqualTo(first.headers().firstValue("x-bce-request-id").orElseThrow());
        assertThat(create.runs).hasValue(1);
    }

    @Test
    void theSameTokenWithAnotherRequestIsAMismatch() throws Exception {
        String token = token();
        post("clientToken=" + token, BODY, null);

        assertEnvelope(post("clientToken=" + token, "{\"bandwidthInMbps\":2}", null), 403, "IdempotentParameterMismatch",
                "The request uses the same client token as a previous, but non-identical request.");
        assertThat(create.runs).hasValue(1);
    }

    @Test
    void requestsWithoutATokenRunEveryTime() throws Exception {
        post("", BODY, null);
        post("", BODY, null);

        assertThat(create.runs).hasValue(2);
    }

    @Test
    void aFailedRunReleasesTheTokenSoTheRetryRunsAgain() throws Exception {
        String token = token();
        assertEnvelope(post("fail&clientToken=" + token, BODY, null), 500, "InternalError",
                "We encountered an internal error. Please try again.");
        assertEnvelope(post("fail&clientToken=" + token, BODY, null), 500, "InternalError",
                "We encountered an internal error. Please try again.");

        assertThat(create.runs).hasValue(2);
    }

    @Test
    void callersAreSeparate() throws Exception {
        String token = token();
        post("clientToken=" + token, BODY, "ak-1");
        post("clientToken=" + token, BODY, "ak-2");
        post("clientToken=" + token, BODY, "ak-1");

        assertThat(create.runs).hasValue(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clientToken=", "clientToken=%C3%A9", "clientToken=a%20b",
            "clientToken=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aMalformedTokenIsInvalidUri(String query) throws Exception {
        assertEnvelope(post(query, BODY, null), 400, "InvalidURI", "Could not parse the specified URI.");
        assertThat(create.runs).hasValue(0);
    }

    /**
     * A 10 MB body is declared but only its first 64 KiB sent: the answer comes anyway, so the body
     * is judged by its declared length and never waited for, let alone held. (Sending all of it
     * raced the server's close against the client's read of the 413.)
     */
    @Test
    void aBodyOverTheBoundIsEntityTooLargeAndNeverHeldInFull() throws Exception {
        String head = "POST /v1/eip?clientToken=" + token() + " HTTP/1.1\r\nHost: " + base.getAuthority()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (10 * 1024 * 1024) + "\r\n\r\n";
        RawHttp.Exchange answer = RawHttp.exchange(base, head + "x".repeat(64 * 1024), 3000);

        assertThat(answer.statusLine()).startsWith("HTTP/1.1 413");
        String id = answer.header("x-bce-request-id");
        assertThat(id).matches(UUID_V4);
        assertThat(answer.body()).isEqualTo(new String(
                new ErrorEnvelope(id, "EntityTooLarge", "Your request body is too large.").toJson(), UTF_8));
        assertThat(create.runs).hasValue(0);
    }

    @Test
    void fiftyConcurrentDuplicatesRunOnceAndAllGetTheSameAnswer() throws Exception {
        String token = token();
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/eip?slow&clientToken=" + token))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
        }
        Set<String> bodies = new HashSet<>();
        for (CompletableFuture<HttpResponse<byte[]>> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
            bodies.add(new String(answer.get().body(), UTF_8));
        }
        assertThat(bodies).containsExactly("{\"eip\":\"10.0.0.1\"}");
        assertThat(create.runs).hasValue(1);
    }

    /** The answer to a client that left after sending is what its retry must get. */
    @Test
    void aClientGoneBeforeTheAnswerGetsItOnItsRetry() throws Exception {
        String token = token();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("POST /v1/eip?slow&clientToken=" + token + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY).getBytes(ISO_8859_1));
            socket.getOutputStream().flush();
            socket.setSoLinger(true, 0);
        }
        Thread.sleep(600); // the handler finishes its 300 ms and the answer is recorded
        HttpResponse<byte[]> retry = post("slow&clientToken=" + token, BODY, null);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(new String(retry.body(), UTF_8)).isEqualTo("{\"eip\":\"10.0.0.1\"}");
        assertThat(create.runs).hasValue(1);
    }

    /** A body that never fully arrived claims nothing: the retry runs. */
    @Test
    void aBodyThatNeverArrivedClaimsNothing() throws Exception {
        String token = token();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("POST /v1/eip?clientToken=" + token + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Length: 100\r\n\r\n{\"band").getBytes(ISO_8859_1));
            socket.shutdownOutput();
            socket.getInputStream().readAllBytes();
        }
        HttpResponse<byte[]> retry = post("clientToken=" + token, BODY, null);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(create.runs).hasValue(1);
    }
}
