package io.bcekit.spring.boot;

import io.bcekit.core.translation.FailureTranslator;
import io.bcekit.servlet.BceErrorFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Keeps Spring MVC from answering failures itself, so that {@link BceErrorFilter} answers every one
 * with the envelope. Spring's own resolvers turn most request faults into a bare
 * {@code sendError(400)}, which loses what went wrong; this one runs before them and hands the
 * failure on to the filter, rewritten where needed into what core's translation table reads
 * (see {@link SpringMvcFailures}). It never writes a response: the filter is the one writer.
 *
 * <p>It works only with {@link BceErrorFilter} in front of the {@code DispatcherServlet}, placed in
 * Spring MVC's chain of resolvers right after the one that calls the application's
 * {@code @ExceptionHandler} methods ({@link #placeIn}), so that those still answer the exceptions
 * they name.
 */
public final class BceHandlerExceptionResolver implements HandlerExceptionResolver {

    private final SpringMvcFailures failures;

    /** {@code translator} must be the filter's, so that a status maps as the filter would map it. */
    public BceHandlerExceptionResolver(FailureTranslator translator) {
        this.failures = new SpringMvcFailures(Objects.requireNonNull(translator, "translator"));
    }

    /**
     * Throws: the failure continues to the filter, as if no resolver had been there. The one
     * exception is Spring's async timeout once the filter's own timeout listener has answered it.
     */
    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        // The request's observation (metrics, trace) names the failure, as when one escapes Spring MVC.
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setError(failure));
        if (failure instanceof AsyncRequestTimeoutException && response.isCommitted()) {
            return new ModelAndView(); // the filter's own timeout listener has answered it already
        }
        RuntimeException carried = failures.forTranslationTable(failure);
        if (failure instanceof ErrorResponse described && !response.isCommitted()) {
            // E.g. the Allow of a 405; the filter keeps headers set before a failure.
            described.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        throw carried;
    }

    /**
     * Puts {@code resolver} right after the {@link ExceptionHandlerExceptionResolver} in Spring MVC's
     * own {@code resolvers} (ahead of its status and default resolvers), or first when there is none.
     */
    public static void placeIn(List<HandlerExceptionResolver> resolvers, BceHandlerExceptionResolver resolver) {
        int at = 0;
        for (int i = 0; i < resolvers.size(); i++) {
            if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
                at = i + 1;
                break;
            }
        }
        resolvers.add(at, resolver);
    }
}
