package io.bcekit.core.translation;

import io.bcekit.core.BceError;
import io.bcekit.core.BceException;
import io.bcekit.core.ErrorCode;
import io.bcekit.core.RequestBodyException;
import io.bcekit.core.ResponseWriteException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;

/**
 * The default translation table (design.md, "Translating failures"). Jackson 2, Jackson 3 and Bean
 * Validation are matched by class name and read by classes of their own that are loaded only when
 * such a failure occurs, so none of them is a dependency.
 */
final class BuiltInRules implements TranslationRules {

    @Override
    public void addTo(FailureTranslator.Builder translator) {
        translator.map(BceException.class, BuiltInRules::fromBceException);
        // Bytes the body's encoding does not allow: the seed's "non-compliant encoding".
        translator.map(CharacterCodingException.class, GlobalErrors.INVALID_HTTP_REQUEST);
        translator.map(CharConversionException.class, GlobalErrors.INVALID_HTTP_REQUEST);
        // The client's I/O faults: a body that never fully arrived, a reader that went away.
        translator.map(RequestBodyException.class, failure -> failure.timedOut()
                ? BceError.of(HttpStatusErrors.REQUEST_TIMEOUT) : BceError.of(GlobalErrors.INVALID_HTTP_REQUEST));
        // Nobody reads this answer (the client is gone); a 4xx so that the log line says whose fault it was.
        translator.map(ResponseWriteException.class, GlobalErrors.INVALID_HTTP_REQUEST);
        // Lambdas, not method references: the call sites must not resolve the optional classes early.
        translator.mapClassName("com.fasterxml.jackson.core.JsonProcessingException",
                failure -> Jackson2Failures.translate(failure));
        translator.mapClassName("tools.jackson.core.JacksonException", failure -> Jackson3Failures.translate(failure));
        translator.mapClassName("jakarta.validation.ConstraintViolationException",
                failure -> ConstraintViolations.translate(failure));
        addStatuses(translator);
    }

    /** A 5xx body carries the catalogue text only; a per-throw message is for the log. */
    private static BceError fromBceException(BceException failure) {
        ErrorCode code = failure.getErrorCode();
        return code.httpStatus() >= 500 ? BceError.of(code) : BceError.of(code, failure.getMessage());
    }

    /**
     * Every standard error status keeps its status, with bcekit's extension code, except where the
     * design gives the seed's code: 404 (no route matched) is {@code InvalidURI} and 415 (a content
     * type the endpoint does not consume) {@code InvalidHTTPRequest}, both 400.
     */
    private static void addStatuses(FailureTranslator.Builder translator) {
        for (HttpStatusErrors error : HttpStatusErrors.values()) {
            translator.mapStatus(error.httpStatus(), error);
        }
        translator.mapStatus(400, GlobalErrors.INVALID_HTTP_REQUEST);
        translator.mapStatus(403, GlobalErrors.ACCESS_DENIED);
        translator.mapStatus(404, GlobalErrors.INVALID_URI);
        translator.mapStatus(412, GlobalErrors.PRECONDITION_FAILED);
        translator.mapStatus(415, GlobalErrors.INVALID_HTTP_REQUEST);
        translator.mapStatus(500, GlobalErrors.INTERNAL_ERROR);
    }
}
