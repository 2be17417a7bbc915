package io.bcekit.auth;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A fixed set of credentials held in memory: for tests, samples and small deployments. */
public final class InMemoryCredentialSource implements CredentialSource {

    private final Map<String, BceCredential> byAccessKeyId;

    private InMemoryCredentialSource(Map<String, BceCredential> byAccessKeyId) {
        this.byAccessKeyId = Map.copyOf(byAccessKeyId);
    }

    /** @throws IllegalArgumentException when two credentials share an access key id */
    public static InMemoryCredentialSource of(BceCredential... credentials) {
        return of(Arrays.asList(Objects.requireNonNull(credentials, "credentials")));
    }

    /** @throws IllegalArgumentException when two credentials share an access key id */
    public static InMemoryCredentialSource of(Collection<BceCredential> credentials) {
        Map<String, BceCredential> byAccessKeyId = new HashMap<>();
        for (BceCredential credential : Objects.requireNonNull(credentials, "credentials")) {
            Objects.requireNonNull(credential, "credential");
            if (byAccessKeyId.putIfAbsent(credential.accessKeyId(), credential) != null) {
                throw new IllegalArgumentException("Access key id '" + credential.accessKeyId() + "' is listed twice");
            }
        }
        return new InMemoryCredentialSource(byAccessKeyId);
    }

    @Override
    public Optional<BceCredential> find(String accessKeyId) {
        return Optional.ofNullable(byAccessKeyId.get(Objects.requireNonNull(accessKeyId, "accessKeyId")));
    }
}
