package io.bcekit.jaxrs;

import io.bcekit.core.BceErrorConfig;
import io.bcekit.core.ErrorResponder;
import io.bcekit.core.ErrorResponse;
import io.bcekit.core.requestid.RequestIdScope;
import io.bcekit.core.requestid.RequestIds;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The request id in the JAX-RS layer, and the last step of every error response.
 *
 * <p>Request side (pre-matching, before anything else of the application): reuses the id an outer
 * layer assigned (BceErrorFilter, when the runtime runs on a servlet container behind it: its
 * request attribute is this request property) or assigns one, and binds it to the thread's MDC.
 * It also replaces the request's {@code x-bce-request-id} header with the id, so resource methods
 * receive it through {@code @HeaderParam("x-bce-request-id")}.
 * Response side (last): sets {@code x-bce-request-id}, and turns a mapper's {@link PendingError}
 * into the envelope under that id, logging it.
 */
@PreMatching
@Priority(BceFeature.PRIORITY)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String SCOPE_PROPERTY = "io.bcekit.requestIdScope";
    private static final MediaType ERROR_TYPE = MediaType.valueOf(ErrorResponse.CONTENT_TYPE);

    private final ErrorResponder responder;

    public RequestIdFilter(BceErrorConfig config) {
        this.responder = new ErrorResponder(config);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String requestId;
        if (request.getProperty(RequestIds.ATTRIBUTE) instanceof String assigned) {
            requestId = assigned; // an outer layer assigned it and binds the MDC around the whole request
        } else {
            requestId = assign(request);
            request.setProperty(SCOPE_PROPERTY, RequestIdScope.open(requestId, responder.config().mdcKey()));
        }
        // Resources read it portably, in sync and async methods alike: @HeaderParam("x-bce-request-id").
        request.getHeaders().putSingle(RequestIds.HEADER, requestId);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String requestId = request.getProperty(RequestIds.ATTRIBUTE) instanceof String id ? id : assign(request);
        response.getHeaders().putSingle(RequestIds.HEADER, requestId);
        if (response.getEntity() instanceof PendingError pending) {
            ErrorResponse error = responder.answer(requestId, requestLine(request), pending.error(), pending.cause());
            response.setEntity(error.body(), response.getEntityAnnotations(), ERROR_TYPE);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, error.body().length);
        }
        if (request.getProperty(SCOPE_PROPERTY) instanceof RequestIdScope scope) {
            request.removeProperty(SCOPE_PROPERTY);
            scope.close();
        }
    }

    private String assign(ContainerRequestContext request) {
        String requestId = responder.config().requestIdFor(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(RequestIds.ATTRIBUTE, requestId);
        return requestId;
    }

    private static String requestLine(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return request.getMethod() + " " + (path.length() > 256 ? path.substring(0, 256) + "..." : path);
    }
}
