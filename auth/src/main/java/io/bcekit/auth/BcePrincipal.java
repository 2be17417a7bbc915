package io.bcekit.auth;

import java.security.Principal;
import java.util.Objects;

/**
 * Who a verified request came from: the credential's principal name and the access key id that
 * signed. {@link #getName()} is the principal name, so the value plugs into
 * {@code HttpServletRequest.getUserPrincipal()} or a JAX-RS {@code SecurityContext} unchanged.
 */
public record BcePrincipal(String name, String accessKeyId) implements Principal {

    /**
     * Where adapters keep the verified principal on the request: a servlet request attribute,
     * which JAX-RS runtimes on a servlet container expose as the same-named request property. An
     * inner layer that finds it reuses it instead of verifying the request again.
     */
    public static final String ATTRIBUTE = "io.bcekit.auth.principal";

    public BcePrincipal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
    }

    @Override
    public String getName() {
        return name;
    }
}
