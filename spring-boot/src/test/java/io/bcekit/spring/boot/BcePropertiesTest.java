package io.bcekit.spring.boot;

import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.bcekit.spring.boot.fixture.RecordingErrorListener;
import io.bcekit.spring.boot.fixture.RunningApplication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code bcekit.*} application properties: each one takes effect, and a wrong one stops the start naming it. */
class BcePropertiesTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<byte[]> get(RunningApplication application, String path, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(application.base().resolve(path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every message in the failure's cause chain, as Boot's start-up report shows them. */
    private static String startFailure(String... properties) {
        Throwable failure = catchThrowable(() -> RunningApplication.start(properties).close());
        assertThat(failure).as("the application started").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void everyPropertyTakesEffect() throws Exception {
        try (RunningApplication application = RunningApplication.start("bcekit.request-id-policy=always-generate",
                "bcekit.request-id-generator=io.bcekit.spring.boot.fixture.SequentialIds",
                "bcekit.mdc-key=bceRequestId",
                "bcekit.translation-rules=io.bcekit.spring.boot.fixture.UnsupportedOperationRules")) {
            String id = assertEnvelope(get(application, "mvc/unsupported", "x-bce-request-id", "gateway-id-1"), 400,
                    "UnsupportedEipOperation", "The status of specified eip does not support this operation.");
            assertThat(id).matches("seq-[0-9]+");
            HttpResponse<byte[]> logged = get(application, "mvc/mdc/bceRequestId");
            String loggedId = logged.headers().firstValue("x-bce-request-id").orElseThrow();
            assertThat(loggedId).matches("seq-[0-9]+");
            assertThat(new String(logged.body(), UTF_8)).isEqualTo("{\"value\":\"" + loggedId + "\"}");
        }
    }

    @Test
    void theErrorListenerPropertyTakesEffect() throws Exception {
        RecordingErrorListener.ANSWERED.clear();
        try (RunningApplication application = RunningApplication.start(
                "bcekit.error-listener=io.bcekit.spring.boot.fixture.RecordingErrorListener")) {
            assertEnvelope(get(application, "mvc/eip-not-found"), 404, "EipNotFound", "The specified eip does not exist.");
            assertThat(get(application, "mvc/mdc/requestId").statusCode()).isEqualTo(200);
        }
        assertThat(RecordingErrorListener.ANSWERED).containsExactly("EipNotFound 404 servlet");
        assertThat(startFailure("bcekit.error-listener=io.bcekit.spring.boot.fixture.SequentialIds"))
                .contains("Bad bcekit.error-listener: io.bcekit.spring.boot.fixture.SequentialIds is not a "
                        + "io.bcekit.core.config.ErrorListener");
    }

    @Test
    void theApiVersionsPropertyAnswersAnUnservedVersionInvalidVersion() throws Exception {
        try (RunningApplication application = RunningApplication.start("bcekit.api-versions=v1,v2")) {
            assertEnvelope(get(application, "v9/eip"), 404, "InvalidVersion", "The API version specified was invalid.");
            assertEnvelope(get(application, "v2/eip"), 400, "InvalidURI", "Could not parse the specified URI.");
            assertEnvelope(get(application, "mvc/eip-not-found"), 404, "EipNotFound", "The specified eip does not exist.");
        }
        assertThat(startFailure("bcekit.api-versions=1"))
                .contains("Bad bcekit.api-versions: Bad API version '1'; use v and 1 to 4 digits, e.g. v1");
    }

    @Test
    void withoutPropertiesTheDefaultsApply() throws Exception {
        try (RunningApplication application = RunningApplication.start()) {
            assertEnvelope(get(application, "mvc/unsupported"), 500, "InternalError",
                    "We encountered an internal error. Please try again.");
            String id = assertEnvelope(get(application, "mvc/eip-not-found", "x-bce-request-id", "gateway-id-1"), 404,
                    "EipNotFound", "The specified eip does not exist.");
            assertThat(id).isEqualTo("gateway-id-1");
            assertEnvelope(get(application, "v9/eip"), 400, "InvalidURI", "Could not parse the specified URI.");
        }
    }

    @Test
    void misspelledPropertyStopsTheStartNamingIt() {
        assertThat(startFailure("bcekit.reqest-id-policy=always-generate"))
                .contains("The elements [bcekit.reqest-id-policy] were left unbound.");
    }

    @Test
    void badPolicyStopsTheStartNamingIt() {
        assertThat(startFailure("bcekit.request-id-policy=sometimes"))
                .contains("Failed to bind properties under 'bcekit.request-id-policy'");
    }

    @Test
    void unknownGeneratorClassStopsTheStartNamingIt() {
        assertThat(startFailure("bcekit.request-id-generator=com.example.NoSuchGenerator"))
                .contains("Bad bcekit.request-id-generator: class com.example.NoSuchGenerator not found");
    }

    @Test
    void rulesOfTheWrongTypeStopTheStartNamingThem() {
        assertThat(startFailure("bcekit.translation-rules=io.bcekit.spring.boot.fixture.SequentialIds"))
                .contains("Bad bcekit.translation-rules: io.bcekit.spring.boot.fixture.SequentialIds is not a "
                        + "io.bcekit.core.translation.TranslationRules");
    }

    @Test
    void badIdempotencySettingsStopTheStartNamingThem() {
        assertThat(startFailure("bcekit.idempotency.ttl-seconds=0"))
                .contains("Bad bcekit.idempotency.ttl-seconds '0'; use a whole number from 1 to 2147483647");
        assertThat(startFailure("bcekit.idempotency.stor=redis")).contains("[bcekit.idempotency.stor] were left unbound");
    }

    @Test
    void blankMdcKeyStopsTheStartNamingIt() {
        assertThat(startFailure("bcekit.mdc-key= ")).contains("Bad bcekit.mdc-key: it must not be blank");
    }
}
