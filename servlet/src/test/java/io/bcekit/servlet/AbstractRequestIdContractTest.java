package io.bcekit.servlet;

import static io.bcekit.servlet.AbstractFilterContractTest.UUID_V4;
import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bcekit.servlet.fixture.LogCapture;
import io.bcekit.servlet.fixture.DeployedWebappTest;
import io.bcekit.servlet.fixture.RawHttp;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Request-id rules on a real container: one id per request, everywhere, never leaked, never forged. */
public abstract class AbstractRequestIdContractTest extends DeployedWebappTest {

    private static final Pattern BODY_ID = Pattern.compile("\"requestId\":\"([^\"]*)\"");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    }

    @Test
    void validIncomingIdIsReused() throws Exception {
        HttpResponse<byte[]> response = http.send(get("/v1/eip/9.9.9.9").header("x-bce-request-id", "gw-42.edge_7")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(assertEnvelope(response, 404, "EipNotFound", "The specified eip does not exist."))
                .isEqualTo("gw-42.edge_7");
    }

    @Test
    void tenKilobyteIncomingIdIsReplaced() throws Exception {
        String huge = "a".repeat(10 * 1024);
        HttpResponse<byte[]> response = http.send(get("/v1/eip/9.9.9.9").header("x-bce-request-id", huge).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(assertEnvelope(response, 404, "EipNotFound", "The specified eip does not exist."))
                .matches(UUID_V4);
    }

    @Test
    void nonAsciiIncomingIdIsReplaced() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, ("GET /v1/eip/9.9.9.9 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "x-bce-request-id: r\u00e9q-1\r\nConnection: close\r\n\r\n").getBytes(UTF_8), 5000);
        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 404");
        assertThat(headerId(exchange)).matches(UUID_V4);
        assertThat(exchange.text()).doesNotContain("q-1");
    }

    /**
     * Whether the container's HTTP parser lets a folded header line (obsolete line folding, RFC 9112
     * section 5.2) through to the webapp, joined into one value, instead of rejecting the request.
     */
    protected abstract boolean acceptsFoldedHeaderLines();

    @Test
    void incomingIdWithAFoldedLineIsNeverEchoed() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "GET /v1/eip/9.9.9.9 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "x-bce-request-id: evil\r\n Injected: yes\r\nConnection: close\r\n\r\n", 5000);
        if (acceptsFoldedHeaderLines()) {
            // The filter sees "evil Injected: yes" (not a valid id): a fresh one, nothing echoed.
            assertThat(exchange.statusLine()).startsWith("HTTP/1.1 404");
            assertThat(headerId(exchange)).matches(UUID_V4);
            assertThat(exchange.text()).doesNotContain("Injected").doesNotContain("evil");
        } else {
            assertThat(exchange.statusLine()).startsWith("HTTP/1.1 400");
            assertThat(exchange.head().toLowerCase(Locale.ROOT)).doesNotContain("x-bce-request-id");
        }
    }

    @Test
    void incomingIdWithABareCarriageReturnIsRejectedByTheContainer() throws Exception {
        RawHttp.Exchange exchange = RawHttp.exchange(base, "GET /v1/eip/9.9.9.9 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "x-bce-request-id: evil\rInjected: yes\r\nConnection: close\r\n\r\n", 5000);

        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 400");
        assertThat(exchange.head().toLowerCase(Locale.ROOT)).doesNotContain("x-bce-request-id").doesNotContain("injected");
    }

    @Test
    void concurrentRequestsGetDistinctIdsMatchingTheirBodies() throws Exception {
        int requests = 1000;
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            inFlight.acquire();
            responses.add(http.sendAsync(get("/v1/eip/10.0.0." + (i % 250)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> inFlight.release()));
        }
        Set<String> ids = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.join();
            assertThat(response.statusCode()).isEqualTo(404);
            String headerId = response.headers().firstValue("x-bce-request-id").orElseThrow();
            Matcher body = BODY_ID.matcher(response.body());
            assertThat(body.find()).isTrue();
            assertThat(body.group(1)).isEqualTo(headerId);
            ids.add(headerId);
        }
        assertThat(ids).hasSize(requests).allMatch(id -> id.matches(UUID_V4));
    }

    @Test
    void handlersSeeTheIdAndNoThreadKeepsItAfterwards() throws Exception {
        List<ILoggingEvent> served;
        List<ILoggingEvent> around;
        Set<String> headerIds = new HashSet<>();
        try (LogCapture logs = new LogCapture()) {
            // Ten waves of 20 at once: enough to share server threads, few enough that no connection
            // waits out the container's idle timeout on a loaded machine.
            for (int wave = 0; wave < 10; wave++) {
                List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    responses.add(http.sendAsync(get("/whoami").build(), HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> future : responses) {
                    HttpResponse<String> response = future.join();
                    String id = response.headers().firstValue("x-bce-request-id").orElseThrow();
                    assertThat(response.body()).isEqualTo(
                            "{\"attribute\":\"" + id + "\",\"mdc\":\"" + id + "\",\"current\":\"" + id + "\"}");
                    headerIds.add(id);
                }
            }
            served = logs.events("io.bcekit.servlet.fixture.FixtureServlets");
            around = logs.events("io.bcekit.servlet.fixture.FixtureFilters");
        }
        assertThat(headerIds).hasSize(200);
        assertThat(served).hasSize(200).allSatisfy(event -> assertThat(event.getMDCPropertyMap().get("requestId"))
                .isEqualTo(event.getArgumentArray()[0]));
        assertThat(around).hasSize(400).allSatisfy(event ->
                assertThat(event.getMDCPropertyMap()).doesNotContainKey("requestId"));
    }

    private static String headerId(RawHttp.Exchange exchange) {
        for (String line : exchange.head().split("\r\n")) {
            if (line.toLowerCase().startsWith("x-bce-request-id:")) {
                return line.substring("x-bce-request-id:".length()).trim();
            }
        }
        throw new AssertionError("no x-bce-request-id in " + exchange.head());
    }
}
