package io.bcekit.spring.boot;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindException;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Spring's validation failures ({@code @Valid} on a body, constraints on handler parameters) as
 * the {@link ConstraintViolationException} they carry, so that core names the fields exactly as it
 * does for JAX-RS and plain servlets. Used (and so loaded) only where Bean Validation is on the
 * class path: the verifier would need its types.
 */
final class BeanValidationFailures {

    private BeanValidationFailures() {
    }

    /** {@code failure}, a {@link BindException} or {@link HandlerMethodValidationException}, for the table. */
    static RuntimeException rewrite(Exception failure) {
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
        boolean allViolations = failure instanceof BindException bind ? collect(bind.getAllErrors(), violations)
                : collect((HandlerMethodValidationException) failure, violations);
        if (!allViolations || violations.isEmpty()) {
            return SpringMvcFailures.withoutViolations(failure);
        }
        ConstraintViolationException carried = new ConstraintViolationException(failure.getMessage(), violations);
        carried.initCause(failure);
        return carried;
    }

    private static boolean collect(List<ObjectError> errors, Set<ConstraintViolation<?>> violations) {
        for (ObjectError error : errors) {
            if (!error.contains(ConstraintViolation.class)) {
                return false;
            }
            violations.add(error.unwrap(ConstraintViolation.class));
        }
        return true;
    }

    private static boolean collect(HandlerMethodValidationException failure, Set<ConstraintViolation<?>> violations) {
        for (ParameterValidationResult result : failure.getParameterValidationResults()) {
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                Object source;
                try {
                    source = result.unwrap(error, ConstraintViolation.class);
                } catch (IllegalArgumentException notFromBeanValidation) {
                    return false;
                }
                if (!(source instanceof ConstraintViolation<?> violation)) {
                    return false;
                }
                violations.add(violation);
            }
        }
        return true;
    }
}
