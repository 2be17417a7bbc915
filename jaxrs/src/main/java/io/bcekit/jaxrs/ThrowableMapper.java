package io.bcekit.jaxrs;

import io.bcekit.core.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Everything no closer mapper takes: through core's translation table (InternalError by default). */
public final class ThrowableMapper implements ExceptionMapper<Throwable> {

    private final FailureTranslator translator;

    public ThrowableMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(Throwable failure) {
        return ErrorResponses.pending(translator.translate(failure), failure);
    }
}
