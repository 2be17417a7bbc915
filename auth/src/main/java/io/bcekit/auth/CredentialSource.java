package io.bcekit.auth;

import java.util.Optional;

/**
 * Where a {@link BceAuthVerifier} looks up access keys: a key store, a database, an IAM client.
 *
 * <p>Called once per request with the access key id from the {@code Authorization} header,
 * which is client-supplied text (visible ASCII, at most a few KB): use it as a lookup key only.
 * An exception thrown here is not the client's fault and reaches the caller unchanged (a 500).
 */
@FunctionalInterface
public interface CredentialSource {

    /** The credential of {@code accessKeyId}; empty when the key is unknown (or disabled). */
    Optional<BceCredential> find(String accessKeyId);
}
