package io.bcekit.auth;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Verifies bce-auth-v1 signed requests, framework-free; adapters turn what they receive into a
 * {@link SignedRequest}. Immutable and thread-safe; build one per application.
 *
 * <p>Checks, in this order, each answered with its own code:
 * <ol>
 *   <li>parse {@code Authorization} — {@code InvalidHTTPAuthHeader} (400);
 *   <li>look up the access key — {@code InvalidAccessKeyId} (403);
 *   <li>time: {@code now > timestamp + expiration}, or timestamp more than the allowed clock skew
 *       ahead — {@code RequestExpired} (400). Checked before the signature so stale or replayed
 *       requests cost no HMAC; it tells an unauthenticated caller only how its own timestamp
 *       compares with the server clock, which the {@code Date} response header shows anyway;
 *   <li>canonicalise and compare the signature in constant time — {@code InvalidURI} for an
 *       undecodable path or query, {@code SignatureDoesNotMatch} (400);
 *   <li>session token of STS credentials — {@code InvalidAccessKeyId} (403). Checked after the
 *       signature, so only a holder of the secret key can learn whether a token is right;
 *   <li>authorisation — {@code InvalidURI} for a {@code .} or {@code ..} path segment (the
 *       container would resolve it after the authorizer saw the unresolved path), then
 *       {@code AccessDenied} (403) when the {@link Authorizer} refuses.
 * </ol>
 * Whether an access key exists is visible to anyone (steps 2 and 4 differ), as on BCE itself:
 * access key ids travel in clear text and are not secrets. The request body is never read: it is
 * not part of the signature.
 */
public final class BceAuthVerifier {

    private static final String AUTHORIZATION = "authorization";
    private static final String FORWARDED_HOST = "x-forwarded-host";

    private final CredentialSource credentials;
    private final Authorizer authorizer;
    private final long maxClockSkewSeconds;
    private final boolean trustForwardedHost;
    private final Clock clock;

    BceAuthVerifier(BceAuthVerifierBuilder builder) {
        this.credentials = builder.credentials;
        this.authorizer = builder.authorizer;
        this.maxClockSkewSeconds = builder.maxClockSkew.getSeconds();
        this.trustForwardedHost = builder.trustForwardedHost;
        this.clock = builder.clock;
    }

    /** A builder for a verifier that looks access keys up in {@code credentials}. */
    public static BceAuthVerifierBuilder builder(CredentialSource credentials) {
        return new BceAuthVerifierBuilder(credentials);
    }

    /** {@link #verify(SignedRequest, Instant)} at the configured clock's current instant. */
    public BcePrincipal verify(SignedRequest request) {
        return verify(request, clock.instant());
    }

    /**
     * The principal that signed {@code request}, judged at {@code now}.
     *
     * @throws BceException with the code of the first check that fails (see the class comment);
     *     no other exception comes from the request's content
     */
    public BcePrincipal verify(SignedRequest request, Instant now) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(now, "now");
        AuthorizationHeader header = AuthorizationHeader.parse(single(request.headerValues(AUTHORIZATION)));
        BceCredential credential = Objects.requireNonNull(credentials.find(header.accessKeyId()),
                "CredentialSource.find returned null").orElseThrow(BceAuthVerifier::unknownAccessKey);
        checkTime(header, now);
        String canonicalUri = CanonicalUri.of(request.rawPath());
        AsciiBuilder canonicalRequest =
                BceAuthV1.canonicalRequestUtf8(request, canonicalUri, header.signedHeaders(), hostOverride(request));
        byte[] signingKey = BceAuthV1.signingKeyHex(credential.secretKeyUtf8(), header.authStringPrefix());
        byte[] signature = HmacSha256.mac(signingKey, canonicalRequest.array(), canonicalRequest.length());
        if (!MessageDigest.isEqual(signature, header.signature())) {
            throw new BceException(GlobalErrors.SIGNATURE_DOES_NOT_MATCH);
        }
        if (!SessionTokenCheck.isSatisfied(credential, request)) {
            throw unknownAccessKey();
        }
        if (DotSegments.contains(canonicalUri)) {
            throw new BceException(GlobalErrors.INVALID_URI);
        }
        BcePrincipal principal = new BcePrincipal(credential.principalName(), header.accessKeyId());
        if (!authorizer.isAllowed(principal, request.method(), canonicalUri)) {
            throw new BceException(GlobalErrors.ACCESS_DENIED);
        }
        return principal;
    }

    private void checkTime(AuthorizationHeader header, Instant now) {
        long timestamp = header.timestampEpochSecond();
        boolean expired = now.isAfter(Instant.ofEpochSecond(timestamp + header.expirationSeconds()));
        boolean tooFarAhead = timestamp - now.getEpochSecond() > maxClockSkewSeconds;
        if (expired || tooFarAhead) {
            throw BceException.requestExpired(header.timestamp());
        }
    }

    /**
     * The original host a trusted proxy reported in {@code X-Forwarded-Host}, or null to use
     * {@code Host}. The proxy must set it, not append to it: a list of hosts cannot say which one
     * the client signed, so it fails the signature.
     */
    private String hostOverride(SignedRequest request) {
        if (!trustForwardedHost) {
            return null;
        }
        List<String> values = request.headerValues(FORWARDED_HOST);
        if (values.isEmpty() || (values.size() == 1 && values.get(0).isBlank())) {
            return null;
        }
        if (values.size() > 1 || values.get(0).indexOf(',') >= 0) {
            throw new BceException(GlobalErrors.SIGNATURE_DOES_NOT_MATCH);
        }
        return values.get(0).trim();
    }

    /** The only value of a header, or null when absent; a repeated Authorization is malformed. */
    private static String single(List<String> values) {
        if (values.size() > 1) {
            throw new BceException(GlobalErrors.INVALID_HTTP_AUTH_HEADER);
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static BceException unknownAccessKey() {
        return new BceException(GlobalErrors.INVALID_ACCESS_KEY_ID);
    }
}
