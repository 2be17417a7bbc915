package io.bcekit.servlet;

import io.bcekit.auth.Authorizer;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BceAuthVerifierBuilder;
import io.bcekit.auth.CredentialSource;
import io.bcekit.auth.ExcludedPaths;
import io.bcekit.core.internal.ConfigParameters;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@link BceAuthFilter}'s init-params, in the style of {@link ConfigParameters}:
 * an unknown name or a bad value fails with an {@link IllegalArgumentException} naming it.
 */
final class AuthFilterParameters {

    static final String CREDENTIAL_SOURCE = "credential-source";
    static final String AUTHORIZER = "authorizer";
    static final String EXCLUDE_PATHS = "exclude-paths";
    static final String MAX_CLOCK_SKEW_SECONDS = "max-clock-skew-seconds";
    static final String TRUST_FORWARDED_HOST = "trust-forwarded-host";

    private static final Set<String> NAMES =
            Set.of(CREDENTIAL_SOURCE, AUTHORIZER, EXCLUDE_PATHS, MAX_CLOCK_SKEW_SECONDS, TRUST_FORWARDED_HOST);

    /** What the parameters configure. */
    record Settings(BceAuthVerifier verifier, ExcludedPaths excludedPaths) {
    }

    private AuthFilterParameters() {
    }

    static Settings read(Map<String, String> parameters, ClassLoader classLoader) {
        for (String name : parameters.keySet()) {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown BceAuthFilter parameter '" + name
                        + "'; known parameters: " + new TreeSet<>(NAMES));
            }
        }
        String source = parameters.get(CREDENTIAL_SOURCE);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Missing " + CREDENTIAL_SOURCE
                    + ": the class name of a CredentialSource with a public no-argument constructor");
        }
        BceAuthVerifierBuilder builder = BceAuthVerifier.builder(
                ConfigParameters.instantiate(CREDENTIAL_SOURCE, source.trim(), CredentialSource.class, classLoader));
        String authorizer = parameters.get(AUTHORIZER);
        if (authorizer != null && !authorizer.isBlank()) {
            builder.authorizer(
                    ConfigParameters.instantiate(AUTHORIZER, authorizer.trim(), Authorizer.class, classLoader));
        }
        String skew = parameters.get(MAX_CLOCK_SKEW_SECONDS);
        if (skew != null) {
            builder.maxClockSkew(Duration.ofSeconds(seconds(skew.trim())));
        }
        String trust = parameters.get(TRUST_FORWARDED_HOST);
        if (trust != null) {
            builder.trustForwardedHost(bool(trust.trim()));
        }
        String excluded = parameters.get(EXCLUDE_PATHS);
        return new Settings(builder.build(), excluded == null ? ExcludedPaths.none() : ExcludedPaths.parse(excluded));
    }

    private static long seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0 && seconds <= Integer.MAX_VALUE) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Bad " + MAX_CLOCK_SKEW_SECONDS + " '" + value
                + "'; use a whole number of seconds from 0 to " + Integer.MAX_VALUE);
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("Bad " + TRUST_FORWARDED_HOST + " '" + value
                    + "'; use true or false");
        };
    }
}
