package io.bcekit.jaxrs;

import io.bcekit.core.BceException;
import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** {@link BceException}: its own code and message. */
final class BceExceptionMapper implements ExceptionMapper<BceException> {

    private final FailureTranslator translator;

    BceExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(BceException failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
