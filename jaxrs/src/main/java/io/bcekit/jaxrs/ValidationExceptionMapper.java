package io.bcekit.jaxrs;

import io.bcekit.core.BceError;
import io.bcekit.core.FailureTranslator;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.TreeSet;

/**
 * Bean Validation: a violated constraint on the request is {@code InappropriateJSON}, naming each
 * field path and constraint message ({@code Field 'bandwidthInMbps' must be greater than or equal
 * to 1.}). Any other validation failure (a broken constraint definition, a violation on the
 * return value) is the service's own: {@code InternalError}. Outranks the runtime's own mapper.
 */
public final class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    private final FailureTranslator translator;

    public ValidationExceptionMapper(FailureTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(ValidationException failure) {
        if (!(failure instanceof ConstraintViolationException violations) || violations.getConstraintViolations()
                .stream().anyMatch(v -> kindOfLeaf(v.getPropertyPath()) == ElementKind.RETURN_VALUE)) {
            return ErrorResponses.pending(translator.translate(new IllegalStateException(failure)), failure);
        }
        TreeSet<String> details = new TreeSet<>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            String field = fieldPath(violation.getPropertyPath());
            details.add((field.isEmpty() ? "Request" : "Field '" + field + "'") + " " + violation.getMessage() + ".");
        }
        return ErrorResponses.pending(BceError.of(GlobalErrors.INAPPROPRIATE_JSON,
                InappropriateJsonMessages.withDetail(String.join(" ", details))), failure);
    }

    /** The path below the method and its parameter: {@code create.arg0.billing.name} → {@code billing.name}. */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.toString();
    }

    private static ElementKind kindOfLeaf(Path path) {
        ElementKind last = null;
        for (Path.Node node : path) {
            last = node.getKind();
        }
        return last;
    }
}
