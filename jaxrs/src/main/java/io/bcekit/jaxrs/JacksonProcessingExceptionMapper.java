package io.bcekit.jaxrs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Every other Jackson 2 failure (a read limit, a generator's failure while writing). Its type is
 * the one RESTEasy's Jackson 2 provider maps with a plain-text 400 for all of them, write-side
 * failures included; registered at a higher priority, this one outranks it.
 */
final class JacksonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private final FailureTranslator translator;

    JacksonProcessingExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(JsonProcessingException failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
