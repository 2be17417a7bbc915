package io.bcekit.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.auth.BceAuthV1;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BceCredential;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.auth.ExcludedPaths;
import io.bcekit.auth.InMemoryCredentialSource;
import io.bcekit.auth.SignedRequest;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The gate both adapters put in front of a request: verify once, let excluded paths through. */
class AuthGateTest {

    private static final String AK = "gate-ak";
    private static final String SK = "gate-sk";
    private static final Instant TIME = Instant.parse("2024-05-20T08:30:00Z");

    private final AuthGate gate = new AuthGate(BceAuthVerifier.builder(InMemoryCredentialSource.of(
            BceCredential.of(AK, SK, "gate-user"))).clock(Clock.fixed(TIME, ZoneOffset.UTC)).build(),
            ExcludedPaths.parse("/health"));

    /** A request as a container would show it. */
    static final class FakeRequest implements AuthGate.Request {
        final Map<String, String> headers = new LinkedHashMap<>();
        final Map<String, Object> attributes = new HashMap<>();
        final String routedPath;

        FakeRequest(String routedPath) {
            this.routedPath = routedPath;
            headers.put("Host", "eip.bj.baidubce.com");
        }

        @Override
        public String method() {
            return "GET";
        }

        @Override
        public String rawPath() {
            return "/api" + routedPath;
        }

        @Override
        public String rawQuery() {
            return "a=1";
        }

        @Override
        public String routedPath() {
            return routedPath;
        }

        @Override
        public void forEachHeader(BiConsumer<String, String> header) {
            headers.forEach(header);
        }

        @Override
        public Object attribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        FakeRequest signed() {
            SignedRequest.Builder request = SignedRequest.builder(method(), rawPath()).query(rawQuery());
            headers.forEach(request::header);
            headers.put("Authorization", BceAuthV1.authorization(request.build(), AK, SK, TIME, 1800, ""));
            return this;
        }
    }

    @Test
    void signedRequestGetsItsPrincipalWhichIsKeptOnTheRequest() {
        FakeRequest request = new FakeRequest("/v1/eip").signed();

        Optional<BcePrincipal> principal = gate.check(request);

        assertThat(principal).contains(new BcePrincipal("gate-user", AK));
        assertThat(request.attributes).containsExactly(Map.entry(BcePrincipal.ATTRIBUTE, principal.get()));
    }

    @Test
    void requestAnOuterLayerVerifiedIsNotVerifiedAgain() {
        FakeRequest request = new FakeRequest("/v1/eip"); // unsigned: verifying it would fail
        BcePrincipal verified = new BcePrincipal("outer-user", "outer-ak");
        request.setAttribute(BcePrincipal.ATTRIBUTE, verified);

        assertThat(gate.check(request)).containsSame(verified);
    }

    @Test
    void excludedPathPassesUnverified() {
        FakeRequest request = new FakeRequest("/health");

        assertThat(gate.check(request)).isEmpty();
        assertThat(request.attributes).isEmpty();
    }

    @Test
    void unsignedRequestIsRejectedAndGetsNoPrincipal() {
        FakeRequest request = new FakeRequest("/v1/eip");

        assertThatThrownBy(() -> gate.check(request)).isInstanceOfSatisfying(BceException.class,
                failure -> assertThat(failure.getErrorCode()).isEqualTo(GlobalErrors.INVALID_HTTP_AUTH_HEADER));
        assertThat(request.attributes).isEmpty();
    }

    @Test
    void everyHeaderIsHandedToTheVerifier() {
        FakeRequest request = new FakeRequest("/v1/eip");
        request.headers.put("x-bce-date", "2024-05-20T08:30:00Z");
        request.signed();
        request.headers.put("x-bce-date", "2024-05-20T08:31:00Z"); // a signed header changed on the way

        assertThatThrownBy(() -> gate.check(request)).isInstanceOfSatisfying(BceException.class,
                failure -> assertThat(failure.getErrorCode()).isEqualTo(GlobalErrors.SIGNATURE_DOES_NOT_MATCH));
        assertThat(List.copyOf(request.attributes.keySet())).isEmpty();
    }
}
