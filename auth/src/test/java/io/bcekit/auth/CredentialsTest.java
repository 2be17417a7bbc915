package io.bcekit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.security.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BceCredential}, {@link InMemoryCredentialSource}, {@link BcePrincipal} and {@link Authorizer}. */
class CredentialsTest {

    private static final String SK = "b7e151628aed2a6abf7158809cf4f3c7";

    @Test
    void toStringNeverShowsTheSecretKeyOrToken() {
        BceCredential credential = BceCredential.of("ak-1", SK, "alice").withSessionToken("token-value");

        assertThat(credential.toString()).contains("ak-1", "alice", "present")
                .doesNotContain(SK).doesNotContain("token-value");
    }

    @Test
    void sessionTokenIsOptional() {
        BceCredential longTerm = BceCredential.of("ak-1", SK, "alice");

        assertThat(longTerm.sessionToken()).isEmpty();
        assertThat(longTerm.withSessionToken("t").sessionToken()).hasValue("t");
        assertThat(longTerm.sessionToken()).as("withSessionToken returns a new value").isEmpty();
    }

    @Test
    void keysThatCouldNeverVerifyAreRefusedEarly() {
        assertThatIllegalArgumentException().isThrownBy(() -> BceCredential.of("", SK, "p"));
        assertThatIllegalArgumentException().isThrownBy(() -> BceCredential.of("a/b", SK, "p"))
                .withMessageContaining("a/b");
        assertThatIllegalArgumentException().isThrownBy(() -> BceCredential.of("a b", SK, "p"));
        assertThatIllegalArgumentException().isThrownBy(() -> BceCredential.of("ключ", SK, "p"));
        assertThatIllegalArgumentException().isThrownBy(() -> BceCredential.of("ak", "", "p"))
                .withMessageNotContaining(SK);
        assertThatIllegalArgumentException().isThrownBy(() -> BceCredential.of("ak", SK, "p").withSessionToken(""));
        assertThatNullPointerException().isThrownBy(() -> BceCredential.of("ak", null, "p")).withMessage("secretKey");
        assertThatNullPointerException().isThrownBy(() -> BceCredential.of("ak", SK, null))
                .withMessage("principalName");
    }

    @Test
    void inMemorySourceFindsByAccessKeyId() {
        BceCredential alice = BceCredential.of("ak-1", SK, "alice");
        InMemoryCredentialSource source =
                InMemoryCredentialSource.of(List.of(alice, BceCredential.of("ak-2", SK, "bob")));

        assertThat(source.find("ak-1")).containsSame(alice);
        assertThat(source.find("AK-1")).isEmpty();
        assertThat(source.find("unknown")).isEmpty();
    }

    @Test
    void inMemorySourceRefusesADuplicateKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> InMemoryCredentialSource.of(
                BceCredential.of("ak-1", SK, "alice"), BceCredential.of("ak-1", "other", "bob")))
                .withMessageContaining("ak-1");
    }

    @Test
    void principalIsAJavaSecurityPrincipal() {
        Principal principal = new BcePrincipal("alice", "ak-1");

        assertThat(principal.getName()).isEqualTo("alice");
        assertThat(((BcePrincipal) principal).accessKeyId()).isEqualTo("ak-1");
        assertThatNullPointerException().isThrownBy(() -> new BcePrincipal(null, "ak")).withMessage("name");
    }

    @Test
    void defaultAuthorizerAllowsEverything() {
        assertThat(Authorizer.allowAll().isAllowed(new BcePrincipal("alice", "ak-1"), "DELETE", "/v1/eip/1.2.3.4"))
                .isTrue();
    }
}
