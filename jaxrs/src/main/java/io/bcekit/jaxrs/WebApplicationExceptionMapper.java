package io.bcekit.jaxrs;

import io.bcekit.core.BceError;
import io.bcekit.core.translation.FailureTranslator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/**
 * The runtime's own HTTP failures (no route, unparseable parameter, 405, 415, …) and an
 * application's entity-less {@code WebApplicationException}: by their status, through core's status
 * table, so a deliberate 409 stays a 409. Headers they carry go with the error; the response
 * keeps those core's {@code ErrorResponse} keeps ({@code Allow}, {@code Retry-After},
 * {@code WWW-Authenticate}, not those of a replaced body). One that already carries an entity, or a non-error status (a
 * redirect), is the application's deliberate answer and passes unchanged.
 */
final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final FailureTranslator translator;

    WebApplicationExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(WebApplicationException failure) {
        Response original = failure.getResponse();
        if (original == null) {
            return PendingError.response(translator.translate(failure), failure);
        }
        if (original.hasEntity() || original.getStatus() < 400) {
            return original;
        }
        BceError error = translator.translateStatus(original.getStatus());
        for (Map.Entry<String, List<String>> header : original.getStringHeaders().entrySet()) {
            List<String> values = header.getValue();
            if (!values.isEmpty()) {
                error = error.withHeader(header.getKey(), String.join(", ", values));
            }
        }
        return PendingError.response(error, failure);
    }
}
