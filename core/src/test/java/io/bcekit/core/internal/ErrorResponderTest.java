package io.bcekit.core.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.bcekit.core.BceError;
import io.bcekit.core.BceException;
import io.bcekit.core.ErrorEnvelope;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.config.FailureLog;
import io.bcekit.core.translation.FailureTranslator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorResponderTest {

    /** One call to the log. */
    record Logged(String kind, String requestId, String request, BceError error, Throwable cause) {
    }

    static final class RecordingFailureLog implements FailureLog {
        final List<Logged> calls = new ArrayList<>();

        @Override
        public void answered(String requestId, String request, BceError error, Throwable cause) {
            calls.add(new Logged("answered", requestId, request, error, cause));
        }

        @Override
        public void abortedAfterCommit(String requestId, String request, Throwable cause) {
            calls.add(new Logged("aborted", requestId, request, null, cause));
        }
    }

    private final RecordingFailureLog log = new RecordingFailureLog();
    private final ErrorResponder responder = new ErrorResponder(BceErrorConfig.defaults().withFailureLog(log),
            "servlet");

    /** The headers in the order the response hands them out. */
    private static Map<String, String> headers(ErrorResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.forEachHeader(headers::put);
        return headers;
    }

    private static final String ID = "ae2225f7-1c2e-427a-a1ad-5413b762957d";

    @Test
    void thrownFailureGetsTheWholeResponse() {
        BceException failure = new BceException(EipErrors.EIP_NOT_FOUND);

        ErrorResponse response = responder.forFailure(new RequestSummary(ID, "GET", "/v1/eip/x"), failure);

        assertThat(response.status()).isEqualTo(404);
        assertThat(headers(response)).containsExactly(entry("x-bce-request-id", ID),
                entry("Content-Type", "application/json;charset=utf-8"), entry("Content-Length", "119"));
        assertThat(response.envelope()).isEqualTo(new ErrorEnvelope(ID, "EipNotFound",
                "The specified eip does not exist."));
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"requestId\":\"" + ID
                + "\",\"code\":\"EipNotFound\",\"message\":\"The specified eip does not exist.\"}");
        assertThat(response.body()).hasSize(119);
        assertThat(response.sendsBody()).isTrue();
    }

    @Test
    void headAnswerHasTheHeadersOfGetButNoBody() {
        ErrorResponse get = responder.forStatus(new RequestSummary(ID, "GET", "/v1/eip/x"), 404);
        ErrorResponse head = responder.forStatus(new RequestSummary(ID, "HEAD", "/v1/eip/x"), 404);

        assertThat(head.sendsBody()).isFalse();
        assertThat(headers(head)).isEqualTo(headers(get));
        assertThat(head.status()).isEqualTo(get.status()).isEqualTo(400);
        assertThat(head.body()).isEqualTo(get.body());
    }

    @Test
    void thrownFailureIsLoggedWithItsErrorAndThrowable() {
        BceException failure = new BceException(EipErrors.EIP_NOT_FOUND, "Eip x is gone.");

        responder.forFailure(new RequestSummary("rid-1", "GET", "/v1/eip/x"), failure);

        assertThat(log.calls).containsExactly(new Logged("answered", "rid-1", "GET /v1/eip/x",
                new BceError(EipErrors.EIP_NOT_FOUND, "Eip x is gone.", Map.of()), failure));
        assertThat(log.calls.get(0).cause()).isSameAs(failure);
    }

    @Test
    void serverFailureBodyHidesTheExceptionMessage() {
        IllegalStateException failure = new IllegalStateException("jdbc:mysql://db password=hunter2");

        ErrorResponse response = responder.forFailure(new RequestSummary("rid-2", "POST", "/v1/eip"), failure);

        assertThat(response.status()).isEqualTo(500);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"requestId\":\"rid-2\",\"code\":"
                + "\"InternalError\",\"message\":\"We encountered an internal error. Please try again.\"}");
        assertThat(log.calls).singleElement().satisfies(call -> {
            assertThat(call.error()).isEqualTo(BceError.of(GlobalErrors.INTERNAL_ERROR));
            assertThat(call.cause()).isSameAs(failure);
        });
    }

    @Test
    void statusWithoutExceptionIsLoggedWithoutCause() {
        ErrorResponse response = responder.forStatus(new RequestSummary("rid-3", "DELETE", "/v1/eip"), 405);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.envelope()).isEqualTo(new ErrorEnvelope("rid-3", "MethodNotAllowed",
                "The specified method is not allowed against this resource."));
        assertThat(log.calls).containsExactly(new Logged("answered", "rid-3", "DELETE /v1/eip",
                BceError.of(HttpStatusErrors.METHOD_NOT_ALLOWED), null));
    }

    @Test
    void headersFromTheTranslationComeAfterTheIdAndBeforeTheBodyHeaders() {
        FailureTranslator translator = FailureTranslator.builder()
                .map(UnsupportedOperationException.class, failure -> BceError.of(HttpStatusErrors.METHOD_NOT_ALLOWED)
                        .withHeader("Allow", "GET, HEAD").withHeader("Content-Type", "text/html"))
                .build();
        ErrorResponder custom = new ErrorResponder(BceErrorConfig.defaults().withTranslator(translator)
                .withFailureLog(log), "servlet");

        ErrorResponse response = custom.forFailure(new RequestSummary("rid-4", "PUT", "/v1/eip"),
                new UnsupportedOperationException());

        assertThat(response.status()).isEqualTo(405);
        assertThat(headers(response)).containsExactly(entry("x-bce-request-id", "rid-4"), entry("Allow", "GET, HEAD"),
                entry("Content-Type", "application/json;charset=utf-8"), entry("Content-Length", "118"));
    }

    @Test
    void headersThatDescribedAReplacedBodyOrTheContainerAddsAreNotKept() {
        assertThat(List.of("Content-Type", "content-length", "Content-Encoding", "Content-Range", "Content-Disposition",
                "Content-Language", "Content-Location", "Content-MD5", "Transfer-Encoding", "ETag", "Last-Modified",
                "X-Bce-Request-Id", "Date", "Server")).noneMatch(ErrorResponse::keepsHeader);
        assertThat(List.of("Allow", "Retry-After", "Access-Control-Allow-Origin", "Set-Cookie", "WWW-Authenticate",
                "Vary", "Cache-Control")).allMatch(ErrorResponse::keepsHeader);
    }

    @Test
    void failureAfterCommitIsReportedToTheLog() {
        IllegalStateException failure = new IllegalStateException("late");

        responder.abortedAfterCommit(new RequestSummary("rid-5", "GET", "/v1/eip"), failure);

        assertThat(log.calls).containsExactly(new Logged("aborted", "rid-5", "GET /v1/eip", null, failure));
    }

    @Test
    void keepsTheConfigItWasGiven() {
        BceErrorConfig config = BceErrorConfig.defaults();

        assertThat(new ErrorResponder(config, "jaxrs").config()).isSameAs(config);
    }
}
