package io.bcekit.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import java.util.ArrayList;
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
    private final ErrorResponder responder = new ErrorResponder(BceErrorConfig.defaults().withFailureLog(log));

    @Test
    void thrownFailureGetsItsStatusAndEnvelope() {
        BceException failure = new BceException(EipErrors.EIP_NOT_FOUND);

        ErrorResponse response = responder.forFailure("ae2225f7-1c2e-427a-a1ad-5413b762957d", "GET /v1/eip/x", failure);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers()).isEmpty();
        assertThat(response.envelope()).isEqualTo(new ErrorEnvelope("ae2225f7-1c2e-427a-a1ad-5413b762957d",
                "EipNotFound", "The specified eip does not exist."));
        assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"requestId\":"
                + "\"ae2225f7-1c2e-427a-a1ad-5413b762957d\",\"code\":\"EipNotFound\","
                + "\"message\":\"The specified eip does not exist.\"}");
        assertThat(ErrorResponse.CONTENT_TYPE).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void thrownFailureIsLoggedWithItsErrorAndThrowable() {
        BceException failure = new BceException(EipErrors.EIP_NOT_FOUND, "Eip x is gone.");

        responder.forFailure("rid-1", "GET /v1/eip/x", failure);

        assertThat(log.calls).containsExactly(new Logged("answered", "rid-1", "GET /v1/eip/x",
                new BceError(EipErrors.EIP_NOT_FOUND, "Eip x is gone.", Map.of()), failure));
        assertThat(log.calls.get(0).cause()).isSameAs(failure);
    }

    @Test
    void serverFailureBodyHidesTheExceptionMessage() {
        IllegalStateException failure = new IllegalStateException("jdbc:mysql://db password=hunter2");

        ErrorResponse response = responder.forFailure("rid-2", "POST /v1/eip", failure);

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
        ErrorResponse response = responder.forStatus("rid-3", "DELETE /v1/eip", 405);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.envelope()).isEqualTo(new ErrorEnvelope("rid-3", "MethodNotAllowed",
                "The specified method is not allowed against this resource."));
        assertThat(log.calls).containsExactly(new Logged("answered", "rid-3", "DELETE /v1/eip",
                BceError.of(HttpStatusErrors.METHOD_NOT_ALLOWED), null));
    }

    @Test
    void headersFromTheTranslationReachTheResponse() {
        FailureTranslator translator = FailureTranslator.builder()
                .map(UnsupportedOperationException.class,
                        failure -> BceError.of(HttpStatusErrors.METHOD_NOT_ALLOWED).withHeader("Allow", "GET, HEAD"))
                .build();
        ErrorResponder custom = new ErrorResponder(BceErrorConfig.defaults().withTranslator(translator)
                .withFailureLog(log));

        ErrorResponse response = custom.forFailure("rid-4", "PUT /v1/eip", new UnsupportedOperationException());

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers()).isEqualTo(Map.of("Allow", "GET, HEAD"));
    }

    @Test
    void failureAfterCommitIsReportedToTheLog() {
        IllegalStateException failure = new IllegalStateException("late");

        responder.abortedAfterCommit("rid-5", "GET /v1/eip", failure);

        assertThat(log.calls).containsExactly(new Logged("aborted", "rid-5", "GET /v1/eip", null, failure));
    }
}
