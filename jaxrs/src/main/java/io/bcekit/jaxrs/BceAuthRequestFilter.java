package io.bcekit.jaxrs;

import io.bcekit.auth.BceAuthV1;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.auth.ExcludedPaths;
import io.bcekit.auth.internal.AuthGate;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Collection;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Verifies bce-auth-v1 signatures in a Jakarta REST application and makes the signer the
 * request's principal: {@code SecurityContext.getUserPrincipal()} is the {@link BcePrincipal},
 * {@code getAuthenticationScheme()} is {@code "bce-auth-v1"}.
 *
 * <p>Register it yourself beside {@link BceFeature} (it needs credentials):
 * {@code register(new BceAuthRequestFilter(verifier, List.of("/health")))}. A failed check is
 * thrown as the verifier's {@link BceException}, which {@link BceFeature}'s mappers answer with the
 * envelope, under the request id BceFeature assigned before this filter ran. It verifies the raw
 * request-URI path and query and the headers as received, never the body (bce-auth-v1 does not
 * sign it). Excluded paths are relative to the application root.
 *
 * <p>When a servlet {@code BceAuthFilter} already verified the request (its request attribute
 * {@value BcePrincipal#ATTRIBUTE} is this request property), the principal is reused: one check
 * per request.
 *
 * <p>Pre-matching, at priority {@value #PRIORITY}: after BceFeature's request-id filter, ahead of
 * BceFeature's API-version check (an unauthenticated client learns nothing of the service) and of
 * the application's own authentication, authorisation and user filters.
 */
@PreMatching
@Priority(BceAuthRequestFilter.PRIORITY)
public final class BceAuthRequestFilter implements ContainerRequestFilter {

    /** 90: below {@link BceFeature#PRIORITY} and {@link Priorities#AUTHENTICATION}; see the class comment. */
    public static final int PRIORITY = BceFeature.PRIORITY - 10;

    private final AuthGate gate;

    /** Verifies every request. */
    public BceAuthRequestFilter(BceAuthVerifier verifier) {
        this(verifier, ExcludedPaths.none());
    }

    /**
     * Lets {@code excludedPaths} (relative to the application root: {@code /health},
     * {@code /status/*}) through unverified.
     *
     * @throws IllegalArgumentException for a pattern that is not {@code /exact} or {@code /prefix/*}
     */
    public BceAuthRequestFilter(BceAuthVerifier verifier, Collection<String> excludedPaths) {
        this(verifier, ExcludedPaths.of(excludedPaths));
    }

    public BceAuthRequestFilter(BceAuthVerifier verifier, ExcludedPaths excludedPaths) {
        this.gate = new AuthGate(verifier, excludedPaths);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        gate.check(new RuntimeRequest(request)).ifPresent(principal ->
                request.setSecurityContext(new BceSecurityContext(principal, request.getSecurityContext())));
    }

    /** What the client signed, as the runtime shows it; exclusions match the decoded path below the application. */
    private record RuntimeRequest(ContainerRequestContext request) implements AuthGate.Request {

        @Override
        public String method() {
            return request.getMethod();
        }

        @Override
        public String rawPath() {
            return Objects.toString(request.getUriInfo().getRequestUri().getRawPath(), "");
        }

        @Override
        public String rawQuery() {
            return request.getUriInfo().getRequestUri().getRawQuery();
        }

        @Override
        public String routedPath() {
            String path = request.getUriInfo().getPath(true);
            return path.startsWith("/") ? path : "/" + path;
        }

        @Override
        public void forEachHeader(BiConsumer<String, String> header) {
            request.getHeaders().forEach((name, values) -> values.forEach(value -> {
                if (value != null) {
                    header.accept(name, value);
                }
            }));
        }

        @Override
        public Object attribute(String name) {
            return request.getProperty(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            request.setProperty(name, value);
        }
    }

    /** The verified principal over the runtime's own context (kept for {@code isSecure}). */
    private record BceSecurityContext(BcePrincipal principal, SecurityContext original) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false; // bce-auth-v1 carries no roles: decide with an Authorizer
        }

        @Override
        public boolean isSecure() {
            return original != null && original.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return BceAuthV1.VERSION;
        }
    }
}
