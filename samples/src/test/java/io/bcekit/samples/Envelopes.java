package io.bcekit.samples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** The wire contract, asserted exactly: one place for every test of the sample. */
final class Envelopes {

    static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    static final String JSON_UTF8 = "application/json;\\s?charset=utf-8";
    /** The exact Content-Type text of every error envelope, from the filter and from Jetty's error handler alike. */
    static final String ENVELOPE_CONTENT_TYPE = "application/json;charset=utf-8";

    private Envelopes() {
    }

    /** The exact body of an error envelope. */
    static String body(String requestId, String code, String message) {
        return "{\"requestId\":\"" + requestId + "\",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
    }

    /** Asserts the whole answer (status, headers, exact body) and returns its request id. */
    static String assertEnvelope(HttpResponse<byte[]> response, int status, String code, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().allValues("x-bce-request-id")).hasSize(1);
        String id = response.headers().firstValue("x-bce-request-id").orElseThrow();
        assertThat(response.headers().allValues("content-type")).containsExactly(ENVELOPE_CONTENT_TYPE);
        assertThat(response.headers().allValues("content-length"))
                .containsExactly(String.valueOf(response.body().length));
        assertThat(response.headers().firstValue("content-encoding")).isEmpty();
        assertThat(new String(response.body(), UTF_8)).isEqualTo(body(id, code, message));
        return id;
    }

    /** The same, for an answer read off a raw socket. */
    static String assertEnvelope(RawHttp.Exchange exchange, String statusLine, String code, String message) {
        assertThat(exchange.statusLine()).isEqualTo(statusLine);
        assertThat(exchange.header("x-bce-request-id")).hasSize(1);
        String id = exchange.header("x-bce-request-id").get(0);
        assertThat(exchange.header("content-type")).containsExactly(ENVELOPE_CONTENT_TYPE);
        assertThat(exchange.header("content-length")).containsExactly(String.valueOf(exchange.body().length));
        assertThat(exchange.header("content-encoding")).isEmpty();
        assertThat(new String(exchange.body(), UTF_8)).isEqualTo(body(id, code, message));
        return id;
    }

    /**
     * The same for a HEAD answer's header block: the status, the id, the exact content type, and a
     * Content-Length stating the length of the body a GET would get. Whatever follows the header
     * block is the caller's to assert.
     */
    static String assertHeadEnvelope(RawHttp.Exchange exchange, String statusLine, String code, String message) {
        assertThat(exchange.statusLine()).isEqualTo(statusLine);
        assertThat(exchange.header("x-bce-request-id")).hasSize(1);
        String id = exchange.header("x-bce-request-id").get(0);
        assertThat(exchange.header("content-type")).containsExactly(ENVELOPE_CONTENT_TYPE);
        assertThat(exchange.header("content-length"))
                .containsExactly(String.valueOf(body(id, code, message).getBytes(UTF_8).length));
        assertThat(exchange.header("content-encoding")).isEmpty();
        return id;
    }
}
