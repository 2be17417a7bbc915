package io.bcekit.core;

import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.catalogue.HttpStatusErrors;
import java.nio.charset.CharacterCodingException;

/**
 * The default translation table (design.md, "Translating failures"). Jackson and Bean Validation
 * are matched by class name, so neither is a dependency.
 */
final class BuiltInRules implements TranslationRules {

    private static final BceError MALFORMED_JSON = BceError.of(GlobalErrors.MALFORMED_JSON);
    private static final BceError INAPPROPRIATE_JSON = BceError.of(GlobalErrors.INAPPROPRIATE_JSON);
    private static final BceError INTERNAL_ERROR = BceError.of(GlobalErrors.INTERNAL_ERROR);

    @Override
    public void addTo(FailureTranslator.Builder translator) {
        translator.map(BceException.class, BuiltInRules::fromBceException);
        translator.map(CharacterCodingException.class, GlobalErrors.INVALID_HTTP_REQUEST);
        addJackson2(translator);
        addJackson3(translator);
        translator.mapClassName("jakarta.validation.ConstraintViolationException", failure -> INAPPROPRIATE_JSON);
        addStatuses(translator);
    }

    /** A 5xx body carries the catalogue text only; a per-throw message is for the log. */
    private static BceError fromBceException(BceException failure) {
        ErrorCode code = failure.getErrorCode();
        return code.httpStatus() >= 500 ? BceError.of(code) : BceError.of(code, failure.getMessage());
    }

    private static void addJackson2(FailureTranslator.Builder translator) {
        // Reading: not well-formed JSON (syntax, EOF, bad UTF-8, limits) vs JSON that does not fit.
        translator.mapClassName("com.fasterxml.jackson.core.exc.StreamReadException", failure -> MALFORMED_JSON);
        translator.mapClassName("com.fasterxml.jackson.core.exc.StreamConstraintsException",
                failure -> MALFORMED_JSON);
        translator.mapClassName("com.fasterxml.jackson.core.exc.InputCoercionException",
                failure -> INAPPROPRIATE_JSON);
        translator.mapClassName("com.fasterxml.jackson.databind.JsonMappingException", BuiltInRules::readOrWriteSide);
        translator.mapClassName("com.fasterxml.jackson.databind.exc.MismatchedInputException",
                BuiltInRules::emptyBodyIsMalformed);
        translator.mapClassName("com.fasterxml.jackson.databind.exc.ValueInstantiationException",
                failure -> INAPPROPRIATE_JSON);
        // A broken type or serializer is the service's own bug, never the client's.
        translator.mapClassName("com.fasterxml.jackson.databind.exc.InvalidDefinitionException",
                failure -> INTERNAL_ERROR);
    }

    private static void addJackson3(FailureTranslator.Builder translator) {
        translator.mapClassName("tools.jackson.core.exc.StreamReadException", failure -> MALFORMED_JSON);
        translator.mapClassName("tools.jackson.core.exc.StreamConstraintsException", failure -> MALFORMED_JSON);
        translator.mapClassName("tools.jackson.core.exc.InputCoercionException", failure -> INAPPROPRIATE_JSON);
        translator.mapClassName("tools.jackson.databind.DatabindException", BuiltInRules::readOrWriteSide);
        translator.mapClassName("tools.jackson.databind.exc.MismatchedInputException",
                BuiltInRules::emptyBodyIsMalformed);
        translator.mapClassName("tools.jackson.databind.exc.ValueInstantiationException",
                failure -> INAPPROPRIATE_JSON);
        translator.mapClassName("tools.jackson.databind.exc.InvalidDefinitionException", failure -> INTERNAL_ERROR);
    }

    /**
     * A generic mapping failure is the client's JSON only when Jackson was parsing; made while
     * writing (a getter threw) or without a parser at hand it is treated as the service's own bug,
     * so it is logged with its trace rather than blamed on the client. The read-side subtypes
     * (mismatched input, failed instantiation, …) have rules of their own.
     */
    private static BceError readOrWriteSide(Throwable failure) {
        if (causedByBrokenJson(failure)) {
            return MALFORMED_JSON; // e.g. bad UTF-8 inside a string, wrapped with the field's path
        }
        return madeByParser(failure) ? INAPPROPRIATE_JSON : INTERNAL_ERROR;
    }

    /** A parser failure (not a number out of range) wrapped in a mapping failure. */
    private static boolean causedByBrokenJson(Throwable failure) {
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.endsWith(".InputCoercionException")) {
                return false;
            }
            for (Class<?> c = cause.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("com.fasterxml.jackson.core.exc.StreamReadException")
                        || c.getName().equals("tools.jackson.core.exc.StreamReadException")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean madeByParser(Throwable failure) {
        try {
            Object processor = failure.getClass().getMethod("getProcessor").invoke(failure);
            for (Class<?> c = processor == null ? null : processor.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("com.fasterxml.jackson.core.JsonParser")
                        || c.getName().equals("tools.jackson.core.JsonParser")) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException | RuntimeException noProcessor) {
            return false;
        }
    }

    /** Jackson reports an empty body as a mismatch, but no content is not well-formed JSON. */
    private static BceError emptyBodyIsMalformed(Throwable failure) {
        String message = failure.getMessage();
        return message != null && message.startsWith("No content to map due to end-of-input")
                ? MALFORMED_JSON : INAPPROPRIATE_JSON;
    }

    private static void addStatuses(FailureTranslator.Builder translator) {
        translator.mapStatus(400, GlobalErrors.INVALID_HTTP_REQUEST);
        translator.mapStatus(401, HttpStatusErrors.UNAUTHORIZED);
        translator.mapStatus(403, GlobalErrors.ACCESS_DENIED);
        translator.mapStatus(404, GlobalErrors.INVALID_URI); // no route matched
        translator.mapStatus(405, HttpStatusErrors.METHOD_NOT_ALLOWED);
        translator.mapStatus(406, HttpStatusErrors.NOT_ACCEPTABLE);
        translator.mapStatus(408, HttpStatusErrors.REQUEST_TIMEOUT);
        translator.mapStatus(411, HttpStatusErrors.MISSING_CONTENT_LENGTH);
        translator.mapStatus(412, GlobalErrors.PRECONDITION_FAILED);
        translator.mapStatus(413, HttpStatusErrors.ENTITY_TOO_LARGE);
        translator.mapStatus(414, HttpStatusErrors.REQUEST_URI_TOO_LONG);
        translator.mapStatus(415, GlobalErrors.INVALID_HTTP_REQUEST);
        translator.mapStatus(416, HttpStatusErrors.INVALID_RANGE);
        translator.mapStatus(429, HttpStatusErrors.TOO_MANY_REQUESTS);
        translator.mapStatus(431, HttpStatusErrors.REQUEST_HEADER_TOO_LARGE);
        translator.mapStatus(500, GlobalErrors.INTERNAL_ERROR);
        translator.mapStatus(501, HttpStatusErrors.NOT_IMPLEMENTED);
        translator.mapStatus(503, HttpStatusErrors.SERVICE_UNAVAILABLE);
    }
}
