package io.bcekit.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.translation.FailureTranslator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BceExceptionTest {

    /** A service's own catalogue, defined the way the seed's are. */
    enum StorageErrors implements ErrorCode {
        NO_SUCH_KEY("NoSuchKey", 404, "The resource you requested does not exist");

        private final String code;
        private final int httpStatus;
        private final String defaultMessage;

        StorageErrors(String code, int httpStatus, String defaultMessage) {
            this.code = code;
            this.httpStatus = httpStatus;
            this.defaultMessage = defaultMessage;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public int httpStatus() {
            return httpStatus;
        }

        @Override
        public String defaultMessage() {
            return defaultMessage;
        }
    }

    @Test
    void messageDefaultsToTheCatalogueText() {
        BceException failure = new BceException(EipErrors.EIP_NOT_FOUND);

        assertThat(failure.getMessage()).isEqualTo("The specified eip does not exist.");
        assertThat(failure.getErrorCode()).isSameAs(EipErrors.EIP_NOT_FOUND);
        assertThat(failure.getHttpStatus()).isEqualTo(404);
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void givenMessageReplacesTheDefault() {
        assertThat(new BceException(EipErrors.EIP_NOT_FOUND, "Eip 180.76.1.1 does not exist.").getMessage())
                .isEqualTo("Eip 180.76.1.1 does not exist.");
    }

    @Test
    void blankOrNullMessageKeepsTheDefault() {
        assertThat(new BceException(EipErrors.EIP_NOT_FOUND, " \t").getMessage())
                .isEqualTo("The specified eip does not exist.");
        assertThat(new BceException(EipErrors.EIP_NOT_FOUND, (String) null).getMessage())
                .isEqualTo("The specified eip does not exist.");
    }

    @Test
    void causeIsChainedWithTheDefaultMessage() {
        IllegalStateException cause = new IllegalStateException("database down");

        BceException failure = new BceException(GlobalErrors.INTERNAL_ERROR, cause);

        assertThat(failure.getCause()).isSameAs(cause);
        assertThat(failure.getMessage()).isEqualTo("We encountered an internal error. Please try again.");
    }

    @Test
    void causeIsChainedWithAGivenMessage() {
        IllegalStateException cause = new IllegalStateException("quota table");

        BceException failure = new BceException(EipErrors.EXCEED_LIMIT, "Quota is 20 eips", cause);

        assertThat(failure.getCause()).isSameAs(cause);
        assertThat(failure.getMessage()).isEqualTo("Quota is 20 eips");
    }

    @Test
    void clientErrorCapturesNoStackTrace() {
        BceException failure = new BceException(EipErrors.EIP_NOT_FOUND);
        failure.addSuppressed(new IllegalStateException("ignored"));

        assertThat(failure.getStackTrace()).isEmpty();
        assertThat(failure.getSuppressed()).isEmpty();
    }

    @Test
    void serverErrorKeepsItsStackTrace() {
        BceException failure = new BceException(GlobalErrors.INTERNAL_ERROR);

        assertThat(failure.getStackTrace()).isNotEmpty();
        assertThat(failure.getStackTrace()[0].getMethodName()).isEqualTo("serverErrorKeepsItsStackTrace");
    }

    @Test
    void requestExpiredPutsTheTimestampInTheDataPlaceholder() {
        BceException failure = BceException.requestExpired(Instant.parse("2024-05-20T08:30:00.123Z"));

        assertThat(failure.getErrorCode()).isSameAs(GlobalErrors.REQUEST_EXPIRED);
        assertThat(failure.getHttpStatus()).isEqualTo(400);
        assertThat(failure.getMessage()).isEqualTo("Request has expired. Timestamp date is 2024-05-20T08:30:00Z .");
    }

    @Test
    void requestExpiredRejectsANullTimestamp() {
        assertThatNullPointerException().isThrownBy(() -> BceException.requestExpired(null))
                .withMessage("timestamp");
    }

    @Test
    void nullCodeIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> new BceException(null)).withMessage("errorCode");
    }

    @Test
    void serviceCodeBehavesLikeASeedCode() {
        BceException failure = new BceException(StorageErrors.NO_SUCH_KEY);
        BceError error = FailureTranslator.defaults().translate(failure);
        byte[] body = ErrorEnvelope.of("ae2225f7-1c2e-427a-a1ad-5413b762957d", error).toJson();

        assertThat(failure.getStackTrace()).isEmpty();
        assertThat(error).isEqualTo(BceError.of(StorageErrors.NO_SUCH_KEY));
        assertThat(error.httpStatus()).isEqualTo(404);
        assertThat(new String(body, UTF_8)).isEqualTo("{\"requestId\":"
                + "\"ae2225f7-1c2e-427a-a1ad-5413b762957d\",\"code\":\"NoSuchKey\","
                + "\"message\":\"The resource you requested does not exist\"}");
    }

    @Test
    void serviceCatalogueIsBuiltFromItsEnum() {
        ErrorCatalogue catalogue = ErrorCatalogue.of("Storage", StorageErrors.class);

        assertThat(catalogue.service()).isEqualTo("Storage");
        assertThat(catalogue.seed()).isFalse();
        assertThat(catalogue.entries()).isEqualTo(List.of(StorageErrors.NO_SUCH_KEY));
    }

    @Test
    void aServerErrorKeepsItsStackTraceAndSuppressedFailures() {
        BceException failure = new BceException(GlobalErrors.INTERNAL_ERROR);
        failure.addSuppressed(new IllegalStateException("also"));

        assertThat(failure.getStackTrace()).isNotEmpty();
        assertThat(failure.getSuppressed()).hasSize(1);
    }

    @Test
    void aClientErrorCarriesNoStackTrace() {
        BceException failure = new BceException(EipErrors.EIP_NOT_FOUND);
        failure.addSuppressed(new IllegalStateException("also"));

        assertThat(failure.getStackTrace()).isEmpty();
        assertThat(failure.getSuppressed()).isEmpty();
    }
}
