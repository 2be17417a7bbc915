package io.bcekit.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Configures a {@link BceAuthVerifier}; obtain one from {@link BceAuthVerifier#builder}. */
public final class BceAuthVerifierBuilder {

    /** How far ahead of the server clock a timestamp may be by default. */
    public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    final CredentialSource credentials;
    Authorizer authorizer = Authorizer.allowAll();
    Duration maxClockSkew = DEFAULT_MAX_CLOCK_SKEW;
    boolean trustForwardedHost;
    Clock clock = Clock.systemUTC();

    BceAuthVerifierBuilder(CredentialSource credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** Who may do what once authenticated; by default everyone may do everything. */
    public BceAuthVerifierBuilder authorizer(Authorizer authorizer) {
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        return this;
    }

    /**
     * How far in the future a request's timestamp may be (the SDK takes it from the client's clock
     * uncorrected); default 15 minutes. Expiry in the past is the request's own
     * {@code expirationSeconds}.
     *
     * @throws IllegalArgumentException when negative
     */
    public BceAuthVerifierBuilder maxClockSkew(Duration maxClockSkew) {
        Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        if (maxClockSkew.isNegative()) {
            throw new IllegalArgumentException("maxClockSkew cannot be negative: " + maxClockSkew);
        }
        this.maxClockSkew = maxClockSkew;
        return this;
    }

    /**
     * Verify against {@code X-Forwarded-Host}, when present, instead of {@code Host}; default off.
     * Turn it on only behind a reverse proxy that sets (not appends to) that header on every
     * request, since anyone can send it: trusted blindly it lets a request signed for one host be
     * replayed against another.
     */
    public BceAuthVerifierBuilder trustForwardedHost(boolean trustForwardedHost) {
        this.trustForwardedHost = trustForwardedHost;
        return this;
    }

    /** The clock {@link BceAuthVerifier#verify(SignedRequest)} reads; default the UTC system clock. */
    public BceAuthVerifierBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public BceAuthVerifier build() {
        return new BceAuthVerifier(this);
    }
}
