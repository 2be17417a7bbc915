package io.bcekit.servlet;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.internal.Attributes;
import io.bcekit.core.internal.ConfigParameters;
import io.bcekit.core.internal.ErrorResponder;
import io.bcekit.core.internal.RequestIdScope;
import io.bcekit.core.requestid.RequestIds;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers every failure under it with the BCE error envelope and gives every request an
 * {@code x-bce-request-id}.
 *
 * <p>Map it first, to {@code /*}, for the {@code REQUEST}, {@code ASYNC} and {@code ERROR}
 * dispatcher types. It assigns the request id before anything else runs, sets the header on every
 * response, and turns into the envelope: exceptions escaping the chain, {@code sendError} calls
 * (including the container's own 404 and 405), empty-bodied error statuses, async errors and
 * timeouts, and failures the container routes to an error page. Init-params
 * ({@code request-id-policy}, {@code request-id-generator}, {@code mdc-key},
 * {@code translation-rules}, {@code error-listener}, {@code api-versions}) are those of the README's
 * configuration reference; an unknown one, or a bad value, stops the filter from starting. With API
 * versions declared, a path (after the context path) naming another version is {@code InvalidVersion}.
 */
public class BceErrorFilter implements Filter {

    /** Request attribute holding the request id (a {@code String}). */
    public static final String REQUEST_ID_ATTRIBUTE = Attributes.REQUEST_ID;

    private volatile ErrorResponder responder;

    /** For {@code web.xml}: configured from init-params in {@link #init}. */
    public BceErrorFilter() {
    }

    /** For programmatic registration; such a filter takes no init-params. */
    public BceErrorFilter(BceErrorConfig config) {
        this.responder = new ErrorResponder(Objects.requireNonNull(config, "config"), "servlet");
    }

    /** The id of {@code request}, once this filter (or another bcekit layer) has seen it. */
    public static Optional<String> requestIdOf(ServletRequest request) {
        return request.getAttribute(REQUEST_ID_ATTRIBUTE) instanceof String id ? Optional.of(id) : Optional.empty();
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        InitParameters.apply(filterConfig, "BceErrorFilter", responder != null, parameters -> responder =
                new ErrorResponder(ConfigParameters.read(parameters, InitParameters.classLoader(filterConfig)),
                        "servlet"));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest httpRequest)
                || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        ErrorResponder current = responder();
        String requestId = assignRequestId(httpRequest, httpResponse, current);
        try (RequestIdScope scope = RequestIdScope.open(requestId, current.config().mdcKey())) {
            DispatcherType type = httpRequest.getDispatcherType();
            if (type == DispatcherType.ERROR) {
                answerErrorDispatch(httpRequest, httpResponse, requestId, current);
            } else if (type == DispatcherType.REQUEST || type == DispatcherType.ASYNC) {
                guard(httpRequest, httpResponse, chain, requestId, current);
            } else {
                chain.doFilter(request, response); // FORWARD and INCLUDE fail into the dispatch that made them
            }
        }
    }

    private ErrorResponder responder() {
        ErrorResponder current = responder;
        if (current == null) {
            throw new IllegalStateException("BceErrorFilter used before init()");
        }
        return current;
    }

    private static String assignRequestId(HttpServletRequest request, HttpServletResponse response,
            ErrorResponder responder) {
        String requestId = requestIdOf(request).orElse(null);
        if (requestId == null) {
            requestId = responder.config().requestIdFor(request.getHeader(RequestIds.HEADER));
            request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
        }
        if (!response.isCommitted()) {
            response.setHeader(RequestIds.HEADER, requestId);
        }
        return requestId;
    }

    private static void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String requestId, ErrorResponder responder) throws IOException, ServletException {
        // An async dispatch of a request started with our wrappers arrives with them: reuse, don't stack.
        ErrorCapturingResponse capturing = response instanceof ErrorCapturingResponse existing ? existing
                : new ErrorCapturingResponse(response, new EnvelopeWriter(request, response, requestId, responder));
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && responder.config().apiVersions().refuses(request.getRequestURI(), contextPathLength(request))) {
            capturing.envelope().answerFailure(new BceException(GlobalErrors.INVALID_VERSION));
            return;
        }
        HttpServletRequest wrapped = request instanceof ErrorCapturingRequest ? request
                : new ErrorCapturingRequest(request, capturing);
        try {
            chain.doFilter(wrapped, capturing);
        } catch (Throwable failure) {
            capturing.envelope().answerFailure(Failures.unwrapServletException(failure));
            return;
        }
        if (request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new AsyncErrorListener(capturing.envelope()));
        } else {
            capturing.finish();
        }
    }

    /** Where the request's path as sent starts past the context path (0 if, encoded, it does not match). */
    private static int contextPathLength(HttpServletRequest request) {
        String contextPath = request.getContextPath();
        return request.getRequestURI().startsWith(contextPath) ? contextPath.length() : 0;
    }

    private static void answerErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            String requestId, ErrorResponder responder) throws IOException, ServletException {
        EnvelopeWriter writer = new EnvelopeWriter(request, response, requestId, responder);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            writer.answerFailure(Failures.unwrapServletException(failure));
        } else if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) {
            writer.answerStatus(status);
        } else {
            writer.answerStatus(response.getStatus() >= 400 ? response.getStatus() : 500);
        }
    }

    @Override
    public void destroy() {
    }
}
