package io.bcekit.servlet;

import static io.bcekit.servlet.AbstractFilterContractTest.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.servlet.fixture.LogCapture;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * For auth suites whose stack logs through Logback (the shared fixture captures with it): a
 * rejected request is logged under its request id, with the id in the MDC, on every stack, JAX-RS
 * alone included, since the id is assigned before the signature is checked.
 */
public interface AuthRejectionLogContract {

    /** An unsigned {@code GET /v1/eip} to the application under test. */
    HttpResponse<byte[]> getUnsigned() throws Exception;

    @Test
    default void rejectionIsLoggedUnderItsRequestIdWithTheIdInTheMdc() throws Exception {
        Logger errors = (Logger) LoggerFactory.getLogger("io.bcekit.errors");
        Level before = errors.getLevel();
        errors.setLevel(Level.DEBUG);
        try (LogCapture log = new LogCapture()) {
            String id = assertEnvelope(getUnsigned(), 400, "InvalidHTTPAuthHeader",
                    GlobalErrors.INVALID_HTTP_AUTH_HEADER.defaultMessage());

            assertThat(log.events("io.bcekit.errors")).filteredOn(event -> event.getFormattedMessage().contains(id))
                    .singleElement().satisfies(event -> {
                        assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
                        assertThat(event.getFormattedMessage()).startsWith("requestId=" + id + " GET ")
                                .contains(" -> 400 InvalidHTTPAuthHeader: ");
                        assertThat(event.getMDCPropertyMap()).containsEntry("requestId", id);
                    });
        } finally {
            errors.setLevel(before);
        }
    }
}
