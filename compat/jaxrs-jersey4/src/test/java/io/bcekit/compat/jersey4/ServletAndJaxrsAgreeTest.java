package io.bcekit.compat.jersey4;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.servlet.fixture.SameFailure;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One stack, two paths: the same failure raised by a plain servlet under BceErrorFilter and by a
 * Jersey resource under BceFeature (including where the two used to differ: a Jackson field path,
 * Bean Validation, bad UTF-8, an unknown route, 405, 415) gets the same status and the same body
 * byte for byte, apart from the request id; and a request through both layers has exactly one id.
 * The bodies are compared with each other, not with an expected text: each stack's own suite
 * checks the text.
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

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The body with its request id blanked out, after checking that it is an envelope whose
     * {@code requestId} is the response's one {@code x-bce-request-id}.
     */
    private static String bodyWithoutId(HttpResponse<byte[]> response) {
        assertThat(response.headers().allValues("x-bce-request-id")).hasSize(1);
        String id = response.headers().firstValue("x-bce-request-id").orElseThrow();
        String body = new String(response.body(), UTF_8);
        assertThat(body).startsWith("{\"requestId\":\"" + id + "\",\"code\":\"");
        return body.replace(id, "<id>");
    }

    @ParameterizedTest
    @EnumSource(SameFailure.class)
    void servletAndResourceAnswerAlike(SameFailure failure) throws Exception {
        HttpResponse<byte[]> servlet = send(failure.request(server.base()));
        HttpResponse<byte[]> jaxrs = send(failure.request(server.base().resolve("api/")));

        assertThat(jaxrs.statusCode()).isEqualTo(servlet.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(bodyWithoutId(jaxrs)).isEqualTo(bodyWithoutId(servlet));
    }

    @Test
    void oneRequestIdAcrossBothLayers() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(server.base().resolve("api/v1/eip/whoami"))
                .header("x-bce-request-id", "gateway-7"));
        assertThat(response.headers().allValues("x-bce-request-id")).containsExactly("gateway-7");
        assertThat(new String(response.body(), UTF_8)).isIn(
                "{\"received\":\"gateway-7\",\"current\":\"gateway-7\"}",
                "{\"current\":\"gateway-7\",\"received\":\"gateway-7\"}");
    }
}
