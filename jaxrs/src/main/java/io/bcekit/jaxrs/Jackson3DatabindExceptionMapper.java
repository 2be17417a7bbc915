package io.bcekit.jaxrs;

import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import tools.jackson.databind.DatabindException;

/**
 * Jackson 3 mapping failures (a field path in the message). Its type is the one Jackson 3's
 * Jakarta-RS provider maps with a plain-text 400 naming the target class
 * ({@code DatabindExceptionMapper}), should an application register that; at a higher priority,
 * this one outranks it.
 */
final class Jackson3DatabindExceptionMapper implements ExceptionMapper<DatabindException> {

    private final FailureTranslator translator;

    Jackson3DatabindExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(DatabindException failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
