package io.bcekit.servlet;

import io.bcekit.auth.BceAuthV1;
import io.bcekit.auth.BcePrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/** A request verified by {@link BceAuthFilter}: the standard accessors name its {@link BcePrincipal}. */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

    private final BcePrincipal principal;

    AuthenticatedRequest(HttpServletRequest request, BcePrincipal principal) {
        super(request);
        this.principal = principal;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public String getRemoteUser() {
        return principal.getName();
    }

    @Override
    public String getAuthType() {
        return BceAuthV1.VERSION;
    }
}
