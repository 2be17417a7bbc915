package io.bcekit.jaxrs;

import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import tools.jackson.core.JacksonException;

/**
 * Every other Jackson 3 failure (a read limit, a generator's failure while writing): ahead of any
 * mapper another provider registers for Jackson 3's root type, as {@link JacksonProcessingExceptionMapper}
 * is for Jackson 2's.
 */
final class Jackson3ExceptionMapper implements ExceptionMapper<JacksonException> {

    private final FailureTranslator translator;

    Jackson3ExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(JacksonException failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
