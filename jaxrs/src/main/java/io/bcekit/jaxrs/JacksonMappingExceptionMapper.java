package io.bcekit.jaxrs;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jackson 2 mapping failures (a field path in the message). Its type is the one Jersey's
 * JacksonFeature and the Jackson JAX-RS provider map themselves; registered at a higher priority,
 * this one outranks theirs.
 */
final class JacksonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {

    private final FailureTranslator translator;

    JacksonMappingExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(JsonMappingException failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
