package io.bcekit.auth.internal;

import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.auth.ExcludedPaths;
import io.bcekit.auth.SignedRequest;
import io.bcekit.core.BceException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What every bce-auth-v1 adapter does with a request: reuse the principal an outer bcekit layer
 * verified, let an excluded path through, or verify what the client signed (method, raw path and
 * query, every header as received; never the body) and remember the principal on the request.
 * Adapters only say how their container shows a request. Not for applications; thread-safe.
 */
public final class AuthGate {

    /** A request as a container shows it. */
    public interface Request {

        String method();

        /** The path as sent, still percent-encoded, context path included: what the client signed. */
        String rawPath();

        /** The query as sent, or null. */
        String rawQuery();

        /** The decoded, normalised path the container routes on, relative to the application. */
        String routedPath();

        /** Every header value as received, one call a value. */
        void forEachHeader(BiConsumer<String, String> header);

        Object attribute(String name);

        void setAttribute(String name, Object value);
    }

    private final BceAuthVerifier verifier;
    private final ExcludedPaths excludedPaths;

    public AuthGate(BceAuthVerifier verifier, ExcludedPaths excludedPaths) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.excludedPaths = Objects.requireNonNull(excludedPaths, "excludedPaths");
    }

    /**
     * The request's principal, or empty for an excluded path, which passes unverified.
     *
     * @throws BceException when the signature does not verify (the verifier's codes)
     */
    public Optional<BcePrincipal> check(Request request) {
        if (request.attribute(BcePrincipal.ATTRIBUTE) instanceof BcePrincipal verified) {
            return Optional.of(verified); // an outer layer checked this very request
        }
        if (excludedPaths.matches(request.routedPath())) {
            return Optional.empty();
        }
        SignedRequest.Builder signed = SignedRequest.builder(request.method(), request.rawPath())
                .query(request.rawQuery());
        request.forEachHeader(signed::header);
        BcePrincipal principal = verifier.verify(signed.build());
        request.setAttribute(BcePrincipal.ATTRIBUTE, principal);
        return Optional.of(principal);
    }
}
