package io.bcekit.jaxrs;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.bcekit.core.BceError;
import io.bcekit.core.FailureTranslator;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jackson 2 mapping failures: {@code InappropriateJSON} naming the field path
 * ({@code billing.reservation.reservationLength}, {@code eips[2]}), or whatever core's table says
 * (an empty body is {@code MalformedJSON}; a failure while writing is {@code InternalError}).
 * Outranks the same-typed mappers of JacksonFeature and the Jackson JAX-RS provider.
 */
public final class JacksonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {

    private final FailureTranslator translator;

    public JacksonMappingExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(JsonMappingException failure) {
        BceError error = translator.translate(failure);
        if (error.errorCode() == GlobalErrors.INAPPROPRIATE_JSON) {
            String path = fieldPath(failure);
            if (!path.isEmpty()) {
                error = BceError.of(GlobalErrors.INAPPROPRIATE_JSON,
                        InappropriateJsonMessages.withDetail("Check field '" + path + "'."));
            }
        }
        return ErrorResponses.pending(error, failure);
    }

    static String fieldPath(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : failure.getPath()) {
            if (step.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
