package io.bcekit.jaxrs;

import com.fasterxml.jackson.core.JsonParseException;
import io.bcekit.core.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jackson 2 parse failures ({@code MalformedJSON}). Exists to outrank, by priority, the mapper of
 * the same type that Jersey's JacksonFeature and the Jackson JAX-RS provider register, whose body
 * is plain text with parser details.
 */
public final class JacksonParseExceptionMapper implements ExceptionMapper<JsonParseException> {

    private final FailureTranslator translator;

    public JacksonParseExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(JsonParseException failure) {
        return ErrorResponses.pending(translator.translate(failure), failure);
    }
}
