package io.bcekit.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;
import java.util.Optional;

/**
 * One access key as a {@link CredentialSource} knows it: the secret key that signs, the name of
 * the principal it authenticates and, for STS session credentials, the session token the request
 * must carry in {@code x-bce-security-token}.
 *
 * <p>Immutable. The secret key has no public accessor and never appears in {@link #toString()},
 * so a credential can be logged or put in an exception message without leaking it.
 */
public final class BceCredential {

    private final String accessKeyId;
    private final byte[] secretKey;
    private final String principalName;
    private final String sessionToken;

    private BceCredential(String accessKeyId, byte[] secretKey, String principalName, String sessionToken) {
        this.accessKeyId = accessKeyId;
        this.secretKey = secretKey;
        this.principalName = principalName;
        this.sessionToken = sessionToken;
    }

    /**
     * A long-term credential.
     *
     * @throws IllegalArgumentException when the access key id is empty or holds characters an
     *     {@code Authorization} header cannot carry ({@code /}, spaces, control or non-ASCII
     *     characters), or the secret key is empty: such a key could never verify
     */
    public static BceCredential of(String accessKeyId, String secretKey, String principalName) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(principalName, "principalName");
        if (accessKeyId.isEmpty() || !accessKeyId.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != '/')) {
            throw new IllegalArgumentException("Access key id '" + accessKeyId
                    + "' must be non-empty visible ASCII without '/'");
        }
        if (secretKey.isEmpty()) {
            throw new IllegalArgumentException("The secret key of access key id '" + accessKeyId + "' is empty");
        }
        return new BceCredential(accessKeyId, secretKey.getBytes(UTF_8), principalName, null);
    }

    /** This credential as STS session credentials: requests must carry exactly {@code sessionToken}. */
    public BceCredential withSessionToken(String sessionToken) {
        Objects.requireNonNull(sessionToken, "sessionToken");
        if (sessionToken.isEmpty()) {
            throw new IllegalArgumentException("The session token of access key id '" + accessKeyId + "' is empty");
        }
        return new BceCredential(accessKeyId, secretKey, principalName, sessionToken);
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    /** The name of the {@link BcePrincipal} this credential authenticates. */
    public String principalName() {
        return principalName;
    }

    /** The STS session token; empty for a long-term credential. */
    public Optional<String> sessionToken() {
        return Optional.ofNullable(sessionToken);
    }

    /** The secret key's UTF-8 bytes, the first HMAC's key. Not copied: never handed outside the package. */
    byte[] secretKeyUtf8() {
        return secretKey;
    }

    @Override
    public String toString() {
        return "BceCredential[accessKeyId=" + accessKeyId + ", principalName=" + principalName
                + ", sessionToken=" + (sessionToken == null ? "none" : "present") + ", secretKey=<redacted>]";
    }
}
