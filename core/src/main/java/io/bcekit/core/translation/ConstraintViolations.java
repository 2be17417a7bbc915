package io.bcekit.core.translation;

import io.bcekit.core.BceError;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bean Validation failures. A violated constraint on what the client sent is
 * {@code InappropriateJSON} naming each field and constraint
 * ({@code Field 'bandwidthInMbps' must be greater than or equal to 1.}); a violation on a return
 * value is the service's own bug, {@code InternalError}. Loaded only when such a failure occurs.
 */
final class ConstraintViolations {

    private static final BceError RETURN_VALUE_VIOLATED = BceError.of(GlobalErrors.INTERNAL_ERROR);

    private ConstraintViolations() {
    }

    static BceError translate(Throwable failure) {
        Set<ConstraintViolation<?>> violations = ((ConstraintViolationException) failure).getConstraintViolations();
        if (violations == null) {
            return JsonFailures.inappropriate("");
        }
        TreeSet<String> details = new TreeSet<>(); // sorted: the same answer whatever order the validator used
        for (ConstraintViolation<?> violation : violations) {
            if (leafKind(violation.getPropertyPath()) == ElementKind.RETURN_VALUE) {
                return RETURN_VALUE_VIOLATED;
            }
            String field = fieldPath(violation.getPropertyPath());
            details.add((field.isEmpty() ? "Request" : "Field '" + field + "'") + " " + violation.getMessage() + ".");
        }
        return JsonFailures.inappropriateWithDetail(String.join(" ", details));
    }

    /**
     * The path below the validated method and parameter, as the client's JSON names it:
     * {@code create.arg0.billing.reservation.reservationLength} is
     * {@code billing.reservation.reservationLength}; list elements are {@code eips[2]}.
     */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                String name = node.getName();
                JsonFailures.appendStep(field, name == null || name.startsWith("<") ? null : name, -1);
            }
        }
        return field.toString();
    }

    private static ElementKind leafKind(Path path) {
        ElementKind last = null;
        for (Path.Node node : path) {
            last = node.getKind();
        }
        return last;
    }
}
