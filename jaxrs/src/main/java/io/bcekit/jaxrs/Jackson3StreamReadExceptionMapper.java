package io.bcekit.jaxrs;

import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import tools.jackson.core.exc.StreamReadException;

/**
 * Jackson 3 parse failures. Its type is the one Jackson 3's Jakarta-RS provider maps with a
 * plain-text 400 carrying Jackson's message ({@code StreamReadExceptionMapper}), should an
 * application register that; at a higher priority, this one outranks it.
 */
final class Jackson3StreamReadExceptionMapper implements ExceptionMapper<StreamReadException> {

    private final FailureTranslator translator;

    Jackson3StreamReadExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(StreamReadException failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
