package io.bcekit.jaxrs;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.config.ApiVersions;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Answers a path that starts with an API version the service does not serve ({@code /v9/…} when
 * only {@code v1} exists) with {@code InvalidVersion} (404) rather than {@code InvalidURI}.
 */
@PreMatching
@Priority(BceFeature.PRIORITY + 1)
final class ApiVersionFilter implements ContainerRequestFilter {

    private final ApiVersions served;

    ApiVersionFilter(ApiVersions served) {
        this.served = served;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (served.refuses(request.getUriInfo().getPath(false))) {
            throw new BceException(GlobalErrors.INVALID_VERSION);
        }
    }
}
