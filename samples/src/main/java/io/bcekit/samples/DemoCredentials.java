package io.bcekit.samples;

import io.bcekit.auth.BceCredential;
import io.bcekit.auth.CredentialSource;
import java.util.Optional;

/** The {@code credential-source} of the sample's {@code BceAuthFilter}: the fixed {@link DemoAccount}s. */
public class DemoCredentials implements CredentialSource {

    @Override
    public Optional<BceCredential> find(String accessKeyId) {
        return DemoAccount.byAccessKey(accessKeyId)
                .map(account -> BceCredential.of(account.accessKey(), account.secretKey(), account.accessKey()));
    }
}
