package io.bcekit.jaxrs;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers a path that starts with an API version the service does not serve ({@code /v9/…} when
 * only {@code v1} exists) with {@code InvalidVersion} (404) rather than {@code InvalidURI}.
 */
@PreMatching
@Priority(BceFeature.PRIORITY + 1)
final class ApiVersionFilter implements ContainerRequestFilter {

    private static final Pattern VERSION = Pattern.compile("v[0-9]{1,4}");

    private final Set<String> served;

    /** @param served the versions served, e.g. {@code v1} */
    ApiVersionFilter(Set<String> served) {
        this.served = Set.copyOf(served);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        String first = path.substring(start, end < 0 ? path.length() : end);
        if (VERSION.matcher(first).matches() && !served.contains(first)) {
            throw new BceException(GlobalErrors.INVALID_VERSION);
        }
    }
}
