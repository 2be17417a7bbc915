package io.bcekit.jaxrs;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.internal.Attributes;
import io.bcekit.core.internal.ErrorResponder;
import io.bcekit.core.internal.ErrorResponse;
import io.bcekit.core.internal.RequestIdScope;
import io.bcekit.core.internal.RequestSummary;
import io.bcekit.core.requestid.RequestIds;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The request id in the JAX-RS layer, and the last step of every error response.
 *
 * <p>Request side, pre-matching and first of all (before bce-auth-v1, so a rejected request is
 * logged under its id): reuses the id an outer layer assigned (BceErrorFilter, when the runtime
 * runs on a servlet container behind it: its request attribute is this request property) or
 * assigns one, and binds it to the thread's MDC and {@code CurrentRequestId}. The request's headers
 * are left as the client sent them: bce-auth-v1 signs them. The entity stream reports a broken or
 * stalled body as {@code RequestBodyException}, the client's fault, whoever reads it.
 *
 * <p>Response side (last): sets {@code x-bce-request-id}, and turns a mapper's {@link PendingError}
 * into the envelope under the request's id, logging it with the id in the MDC on whichever thread
 * answers.
 */
@PreMatching
@Priority(RequestIdFilter.PRIORITY)
final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Ahead of every other request filter, bcekit's ({@link BceAuthRequestFilter#PRIORITY}) included. */
    static final int PRIORITY = 10;

    private static final String SCOPE_PROPERTY = "io.bcekit.requestIdScope";
    private static final MediaType JSON = MediaType.valueOf(ErrorResponse.CONTENT_TYPE);

    private final ErrorResponder responder;

    RequestIdFilter(BceErrorConfig config) {
        this.responder = new ErrorResponder(config, "jaxrs");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // Whatever reads the body (a provider, a resource) then reports a fault of the client's as its own.
        request.setEntityStream(RequestBodyInput.of(request.getEntityStream()));
        if (request.getProperty(Attributes.REQUEST_ID) instanceof String) {
            return; // an outer layer assigned it and binds the MDC around the whole request
        }
        String mdcKey = responder.config().mdcKey();
        // An id still bound here was left by an async request of this thread that completed on
        // another one: JAX-RS has no hook on the thread that suspended it.
        RequestIdScope.abandonStale(mdcKey);
        request.setProperty(SCOPE_PROPERTY, RequestIdScope.open(assign(request), mdcKey));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // A request that failed before the request side ran gets its id here.
        String requestId = request.getProperty(Attributes.REQUEST_ID) instanceof String id ? id : assign(request);
        response.getHeaders().putSingle(RequestIds.HEADER, requestId);
        if (response.getEntity() instanceof PendingError pending) {
            // Log under the id: bound already on the request's own thread, bound here for the
            // answer to an async response resumed on another.
            boolean bound = requestId.equals(RequestIdScope.current());
            try (RequestIdScope logging = bound ? null : RequestIdScope.open(requestId, responder.config().mdcKey())) {
                copy(responder.answer(summary(request, requestId), pending.error(), pending.cause()), response);
            }
        }
        if (request.getProperty(SCOPE_PROPERTY) instanceof RequestIdScope scope) {
            request.removeProperty(SCOPE_PROPERTY);
            scope.close(); // a no-op on another thread
        }
    }

    private String assign(ContainerRequestContext request) {
        String requestId = responder.config().requestIdFor(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(Attributes.REQUEST_ID, requestId);
        return requestId;
    }

    private static RequestSummary summary(ContainerRequestContext request, String requestId) {
        return new RequestSummary(requestId, request.getMethod(), request.getUriInfo().getRequestUri().getRawPath());
    }

    /**
     * The entity is the whole body even for HEAD: the runtime drops it then, as it does for a GET
     * method that answers a HEAD, and keeps the length.
     */
    private static void copy(ErrorResponse error, ContainerResponseContext response) {
        response.setStatus(error.status());
        MultivaluedMap<String, Object> headers = response.getHeaders();
        error.forEachHeader(headers::putSingle);
        response.setEntity(error.body(), response.getEntityAnnotations(), JSON);
    }
}
