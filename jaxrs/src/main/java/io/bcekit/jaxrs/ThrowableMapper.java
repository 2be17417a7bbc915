package io.bcekit.jaxrs;

import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Everything no closer mapper takes: through core's translation table (InternalError by default). */
final class ThrowableMapper implements ExceptionMapper<Throwable> {

    private final FailureTranslator translator;

    ThrowableMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(Throwable failure) {
        return PendingError.response(translator.translate(failure), failure);
    }
}
