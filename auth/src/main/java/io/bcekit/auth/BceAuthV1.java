package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.time.Instant;
import java.util.Objects;

/**
 * The steps of bce-auth-v1, exactly as the official SDK's {@code BceV1Signer} performs them; the
 * {@link BceAuthVerifier} is built from these same methods, so checking a worked example through
 * them checks the verifier's arithmetic.
 *
 * <p>{@code Authorization: bce-auth-v1/{ak}/{timestamp}/{expirationSeconds}/{signedHeaders}/{signature}}
 * where {@code signingKey = hex(HMAC-SHA256(SK, prefix))} and
 * {@code signature = hex(HMAC-SHA256(signingKey as ASCII hex, canonicalRequest))}. The body is
 * not signed; no payload hash exists. Methods taking wire text throw {@code BceException}
 * ({@code InvalidURI}, {@code InvalidHTTPAuthHeader}, {@code SignatureDoesNotMatch}) for input
 * that cannot be canonicalised, never another exception type.
 */
public final class BceAuthV1 {

    /** Field 1 of the {@code Authorization} value. */
    public static final String VERSION = AuthorizationHeader.VERSION;

    private BceAuthV1() {
    }

    /** {@code E(text)}: UTF-8 bytes, {@code A-Z a-z 0-9 - . _ ~} kept, every other byte as upper-case {@code %XX}. */
    public static String encode(String text) {
        return PercentEncoding.encode(Objects.requireNonNull(text, "text"));
    }

    /** {@code bce-auth-v1/{accessKeyId}/{timestamp}/{expirationSeconds}}, the timestamp in whole UTC seconds. */
    public static String authStringPrefix(String accessKeyId, Instant timestamp, int expirationSeconds) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(timestamp, "timestamp");
        return VERSION + '/' + accessKeyId + '/' + AuthTimestamp.format(timestamp) + '/' + expirationSeconds;
    }

    /** The signing key: lower-case hex of HMAC-SHA256 over the prefix, keyed with the secret key's UTF-8. */
    public static String signingKey(String secretKey, String authStringPrefix) {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(authStringPrefix, "authStringPrefix");
        if (secretKey.isEmpty()) {
            throw new IllegalArgumentException("A secret key cannot be empty");
        }
        return new String(signingKeyHex(secretKey.getBytes(UTF_8), authStringPrefix.getBytes(UTF_8)), US_ASCII);
    }

    /**
     * The signature: lower-case hex of HMAC-SHA256 over the canonical request, keyed with the
     * signing key's 64 hex characters (not its 32 raw bytes).
     */
    public static String signature(String signingKey, String canonicalRequest) {
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(canonicalRequest, "canonicalRequest");
        if (signingKey.isEmpty()) {
            throw new IllegalArgumentException("A signing key cannot be empty");
        }
        byte[] data = canonicalRequest.getBytes(UTF_8);
        return new String(HmacSha256.hexBytes(HmacSha256.mac(signingKey.getBytes(UTF_8), data, data.length)), US_ASCII);
    }

    /** The canonical URI of a raw (wire) path, e.g. {@code /v1/eip/240c%3A4081%3A%3A1}. */
    public static String canonicalUri(String rawPath) {
        return CanonicalUri.of(Objects.requireNonNull(rawPath, "rawPath"));
    }

    /** The canonical query string of a raw (wire) query without {@code ?}; null or empty gives {@code ""}. */
    public static String canonicalQueryString(String rawQuery) {
        return CanonicalQueryString.of(rawQuery);
    }

    /**
     * The canonical headers of {@code request} for field 5 of {@code Authorization}:
     * {@code ""} for the default rule, else {@code ;}-separated names in any order and case.
     */
    public static String canonicalHeaders(SignedRequest request, String signedHeaders) {
        Objects.requireNonNull(request, "request");
        AsciiBuilder out = new AsciiBuilder(128);
        CanonicalHeaders.appendTo(request, selection(signedHeaders), null, out);
        return out.toString();
    }

    /** {@code METHOD \n canonicalUri \n canonicalQueryString \n canonicalHeaders}, no trailing newline. */
    public static String canonicalRequest(SignedRequest request, String signedHeaders) {
        Objects.requireNonNull(request, "request");
        return canonicalRequest(request, CanonicalUri.of(request.rawPath()), selection(signedHeaders), null);
    }

    /**
     * The {@code Authorization} value the SDK would send for {@code request} (which must already
     * carry {@code Host} and any other header to sign). Meant for tests, samples and tools.
     */
    public static String authorization(SignedRequest request, String accessKeyId, String secretKey,
            Instant timestamp, int expirationSeconds, String signedHeaders) {
        String prefix = authStringPrefix(accessKeyId, timestamp, expirationSeconds);
        String signingKey = signingKey(secretKey, prefix);
        return prefix + '/' + signedHeaders + '/' + signature(signingKey, canonicalRequest(request, signedHeaders));
    }

    static String canonicalRequest(SignedRequest request, String canonicalUri, HeaderSelection selection,
            String hostOverride) {
        AsciiBuilder utf8 = canonicalRequestUtf8(request, canonicalUri, selection, hostOverride);
        return new String(utf8.array(), 0, utf8.length(), UTF_8);
    }

    /**
     * The canonical request as the UTF-8 bytes the signature covers, written straight into one
     * array: the method's UTF-8, then the rest, which {@code E()} has made ASCII.
     */
    static AsciiBuilder canonicalRequestUtf8(SignedRequest request, String canonicalUri, HeaderSelection selection,
            String hostOverride) {
        AsciiBuilder out = new AsciiBuilder(256);
        out.appendUtf8(request.method());
        out.append('\n').append(canonicalUri).append('\n');
        CanonicalQueryString.appendTo(request.rawQuery().orElse(null), out);
        out.append('\n');
        CanonicalHeaders.appendTo(request, selection, hostOverride, out);
        return out;
    }

    /** The signing key as the 64 ASCII bytes that key the second HMAC. */
    static byte[] signingKeyHex(byte[] secretKey, byte[] authStringPrefix) {
        return HmacSha256.hexBytes(HmacSha256.mac(secretKey, authStringPrefix, authStringPrefix.length));
    }

    private static HeaderSelection selection(String signedHeaders) {
        HeaderSelection selection = HeaderSelection.parse(Objects.requireNonNull(signedHeaders, "signedHeaders"));
        if (selection == null) {
            throw new BceException(GlobalErrors.INVALID_HTTP_AUTH_HEADER);
        }
        return selection;
    }
}
