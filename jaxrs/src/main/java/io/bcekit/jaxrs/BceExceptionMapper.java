package io.bcekit.jaxrs;

import io.bcekit.core.BceException;
import io.bcekit.core.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** {@link BceException}: its own code and message. */
public final class BceExceptionMapper implements ExceptionMapper<BceException> {

    private final FailureTranslator translator;

    public BceExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(BceException failure) {
        return ErrorResponses.pending(translator.translate(failure), failure);
    }
}
