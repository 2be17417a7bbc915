package io.bcekit.jaxrs;

import io.bcekit.core.BceException;
import io.bcekit.auth.BceAuthV1;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.auth.ExcludedPaths;
import io.bcekit.auth.SignedRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.Principal;
import java.util.Collection;
import java.util.Objects;

/**
 * Verifies bce-auth-v1 signatures in a Jakarta REST application and makes the signer the
 * request's principal: {@code SecurityContext.getUserPrincipal()} is the {@link BcePrincipal},
 * {@code getAuthenticationScheme()} is {@code "bce-auth-v1"}.
 *
 * <p>Register it yourself beside {@link BceFeature} (it needs credentials):
 * {@code register(new BceAuthRequestFilter(verifier, List.of("/health")))}. A failed check is
 * thrown as the verifier's {@link BceException}, which {@link BceFeature}'s mappers answer with the
 * envelope. It verifies the raw request-URI path and query and the headers as received, never the
 * body (bce-auth-v1 does not sign it). Excluded paths are relative to the application root.
 *
 * <p>When a servlet {@code BceAuthFilter} already verified the request (its request attribute
 * {@value BcePrincipal#ATTRIBUTE} is this request property), the principal is reused: one check
 * per request.
 *
 * <p>Pre-matching, at priority {@value #PRIORITY}: before {@link RequestIdFilter}, because that
 * filter writes {@code x-bce-request-id} into the request headers, and every {@code x-bce-*}
 * header is signed in the SDK's default mode: verified after it, a request that carried no id (as
 * the SDK's never do) would fail as {@code SignatureDoesNotMatch}. The id of a rejected request
 * is assigned on the response side, as for any failure before the request-id filter.
 */
@PreMatching
@Priority(BceAuthRequestFilter.PRIORITY)
public final class BceAuthRequestFilter implements ContainerRequestFilter {

    /**
     * 90: below {@link BceFeature#PRIORITY}, so ahead of {@link RequestIdFilter} (see the class
     * comment), rather than {@link Priorities#AUTHENTICATION}; still ahead of the application's own
     * authentication, authorisation and user filters. Do not register it at 100 or more.
     */
    public static final int PRIORITY = BceFeature.PRIORITY - 10;

    private final BceAuthVerifier verifier;
    private final ExcludedPaths excludedPaths;

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
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.excludedPaths = Objects.requireNonNull(excludedPaths, "excludedPaths");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        BcePrincipal principal;
        if (request.getProperty(BcePrincipal.ATTRIBUTE) instanceof BcePrincipal verified) {
            principal = verified; // the servlet filter checked this very request
        } else if (excludedPaths.matches(routedPath(request))) {
            return;
        } else {
            principal = verifier.verify(signedRequest(request));
            request.setProperty(BcePrincipal.ATTRIBUTE, principal);
        }
        request.setSecurityContext(new BceSecurityContext(principal, request.getSecurityContext()));
    }

    /** Method, raw path and query, every header: what the client signed. Never the entity. */
    private static SignedRequest signedRequest(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        SignedRequest.Builder signed = SignedRequest.builder(request.getMethod(), Objects.toString(uri.getRawPath(), ""))
                .query(uri.getRawQuery());
        request.getHeaders().forEach((name, values) -> values.forEach(value -> {
            if (value != null) {
                signed.header(name, value);
            }
        }));
        return signed.build();
    }

    /** The decoded path relative to the application root, with a leading {@code /}. */
    private static String routedPath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        return path.startsWith("/") ? path : "/" + path;
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
