package io.bcekit.auth;

/**
 * Decides whether an authenticated principal may make a request; called only after the signature
 * has been verified. A refusal is answered with {@code AccessDenied} (403).
 *
 * <p>{@code path} is the request's canonical URI: percent-decoded and re-encoded the way it was
 * signed, so {@code /v1/%65ip} and {@code /v1/eip} look the same and a rule cannot be dodged by
 * spelling a path differently. It is not dot-segment normalised.
 */
@FunctionalInterface
public interface Authorizer {

    boolean isAllowed(BcePrincipal principal, String method, String path);

    /** Allows every authenticated request: the default. */
    static Authorizer allowAll() {
        return (principal, method, path) -> true;
    }
}
