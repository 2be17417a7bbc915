package io.bcekit.jaxrs;

import com.fasterxml.jackson.core.JsonParseException;
import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jackson 2 parse failures. Its type is the one Jersey's JacksonFeature and the Jackson JAX-RS
 * provider map with a plain-text answer of their own; registered at a higher priority, this one
 * outranks theirs.
 */
final class JacksonParseExceptionMapper implements ExceptionMapper<JsonParseException> {

    private final FailureTranslator translator;

    JacksonParseExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(JsonParseException failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
