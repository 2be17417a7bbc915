package io.bcekit.spring.boot;

import io.bcekit.core.BceError;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.translation.FailureTranslator;
import java.lang.reflect.UndeclaredThrowableException;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingMatrixVariableException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What Spring MVC's failures mean in core's translation table. Spring wraps a request's faults in
 * exceptions of its own; each is rewritten into one the table already answers (the JSON library's
 * failure, a Bean Validation failure, a {@link BceException} of the code the design gives), and
 * anything else goes on unchanged, so one failure gets one answer on every stack.
 */
final class SpringMvcFailures {

    private static final boolean BEAN_VALIDATION = ClassUtils.isPresent("jakarta.validation.ConstraintViolation",
            SpringMvcFailures.class.getClassLoader());

    private final FailureTranslator translator;

    SpringMvcFailures(FailureTranslator translator) {
        this.translator = translator;
    }

    /** The unchecked exception that carries {@code failure} to the filter's translation. */
    RuntimeException forTranslationTable(Exception failure) {
        if (failure instanceof BceException bce) {
            return bce;
        }
        if (failure instanceof HttpMessageNotReadableException unreadable) {
            return unreadableBody(unreadable);
        }
        if (failure instanceof BindException || failure instanceof HandlerMethodValidationException) {
            return BEAN_VALIDATION ? BeanValidationFailures.rewrite(failure) : withoutViolations(failure);
        }
        if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
            boolean inHeaders = mismatch.getParameter().hasParameterAnnotation(RequestHeader.class)
                    || mismatch.getParameter().hasParameterAnnotation(CookieValue.class);
            return new BceException(inHeaders ? GlobalErrors.INVALID_HTTP_REQUEST : GlobalErrors.INVALID_URI, failure);
        }
        if (failure instanceof TypeMismatchException && !(failure instanceof ConversionNotSupportedException)) {
            return new BceException(GlobalErrors.INVALID_URI, failure);
        }
        if (failure instanceof MissingServletRequestParameterException
                || failure instanceof UnsatisfiedServletRequestParameterException
                || failure instanceof MissingMatrixVariableException
                || (failure instanceof MissingPathVariableException path && path.isMissingAfterConversion())) {
            return new BceException(GlobalErrors.INVALID_URI, failure);
        }
        // The rest of Spring's own (404 no handler, 405, 406, 415, ResponseStatusException, …) say their status.
        if (failure instanceof ErrorResponse described) {
            return byStatus(described.getStatusCode().value(), failure);
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        if (annotated != null) {
            return byStatus(annotated.code().value(), failure);
        }
        return unchanged(failure);
    }

    /**
     * A body the converter could not read: the JSON library's own failure where the table knows it
     * as the client's fault, else (no content at all, or an unknown converter) {@code MalformedJSON}.
     */
    private RuntimeException unreadableBody(HttpMessageNotReadableException failure) {
        Throwable cause = failure.getCause();
        if (cause != null && translator.translate(cause).httpStatus() < 500) {
            return unchanged(cause);
        }
        return new BceException(GlobalErrors.MALFORMED_JSON, failure);
    }

    /**
     * Validation errors that are no Bean Validation violation: a value that could not be bound from
     * the query or path ({@code @ModelAttribute}) is {@code InvalidURI}; a Spring {@code Validator}'s
     * own errors carry no field path core can read, so they get the catalogue text.
     */
    static RuntimeException withoutViolations(Exception failure) {
        if (failure instanceof BindException bind
                && bind.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
            return new BceException(GlobalErrors.INVALID_URI, failure);
        }
        return new BceException(GlobalErrors.INAPPROPRIATE_JSON, failure);
    }

    /** A status as the table maps it (404 is {@code InvalidURI}, 415 {@code InvalidHTTPRequest}, …). */
    private RuntimeException byStatus(int status, Exception failure) {
        BceError error = translator.translateStatus(status);
        return new BceException(error.errorCode(), error.message(), failure);
    }

    /** {@code failure} itself; a checked one in a wrapper the table looks through. */
    private static RuntimeException unchanged(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new UndeclaredThrowableException(failure);
    }
}
