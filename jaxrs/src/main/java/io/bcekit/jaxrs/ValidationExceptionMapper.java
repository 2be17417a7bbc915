package io.bcekit.jaxrs;

import io.bcekit.core.translation.FailureTranslator;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Bean Validation failures (each violated field named). Its type is the one the runtimes' own
 * validation mappers take; registered at a higher priority, this one outranks theirs.
 */
final class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    private final FailureTranslator translator;

    ValidationExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(ValidationException failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
