package io.bcekit.jaxrs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bcekit.core.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Every other Jackson 2 failure (a read limit such as an over-long number or too deep nesting, a
 * generator failure while writing): through core's table, as {@link ThrowableMapper} would answer
 * it. Exists to outrank, by priority, the mapper of the same type that RESTEasy's Jackson 2
 * provider registers, whose plain-text 400 ("Not able to deserialize data provided.") would
 * otherwise answer all of them, write-side failures included.
 */
public final class JacksonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private final FailureTranslator translator;

    public JacksonProcessingExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(JsonProcessingException failure) {
        return ErrorResponses.pending(translator.translate(failure), failure);
    }
}
