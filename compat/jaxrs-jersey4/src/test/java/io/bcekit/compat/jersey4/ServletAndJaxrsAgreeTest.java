package io.bcekit.compat.jersey4;

import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One stack, two paths: the same failure answered by a plain servlet under BceErrorFilter and by
 * Jersey under BceFeature gives byte-identical bodies apart from the request id; and a request
 * through both layers has exactly one id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServletAndJaxrsAgreeTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private JettyWithJersey server;

    @BeforeAll
    void start() throws Exception {
        server = new JettyWithJersey();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        URI uri = server.base().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body with its request id blanked out, after checking the envelope and that the id matches the header. */
    private static String bodyWithoutId(HttpResponse<byte[]> response, int status, String code, String message) {
        String id = assertEnvelope(response, status, code, message);
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).replace(id, "<id>");
    }

    @Test
    void bceExceptionBodiesAreIdentical() throws Exception {
        String servlet = bodyWithoutId(get("v1/eip/9.9.9.9"), 404, "EipNotFound", "The specified eip does not exist.");
        String jaxrs = bodyWithoutId(get("api/v1/eip/9.9.9.9"), 404, "EipNotFound", "The specified eip does not exist.");
        assertThat(jaxrs).isEqualTo(servlet);
    }

    @Test
    void unknownRouteBodiesAreIdentical() throws Exception {
        String servlet = bodyWithoutId(get("no/such/route"), 400, "InvalidURI", "Could not parse the specified URI.");
        String jaxrs = bodyWithoutId(get("api/v1/no-such-route"), 400, "InvalidURI", "Could not parse the specified URI.");
        assertThat(jaxrs).isEqualTo(servlet);
    }

    @Test
    void internalErrorBodiesAreIdentical() throws Exception {
        String message = "We encountered an internal error. Please try again.";
        String servlet = bodyWithoutId(get("fail/runtime"), 500, "InternalError", message);
        String jaxrs = bodyWithoutId(get("api/v1/eip/boom/internal"), 500, "InternalError", message);
        assertThat(jaxrs).isEqualTo(servlet);
    }

    @Test
    void oneRequestIdAcrossBothLayers() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.base().resolve("api/v1/eip/whoami"))
                .header("x-bce-request-id", "gateway-7").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().allValues("x-bce-request-id")).containsExactly("gateway-7");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isIn(
                "{\"header\":\"gateway-7\",\"current\":\"gateway-7\"}",
                "{\"current\":\"gateway-7\",\"header\":\"gateway-7\"}");
    }
}
