/**
 * Framework-free verification of bce-auth-v1 signed requests, as the official BCE Java SDK
 * ({@code BceV1Signer}) signs them.
 *
 * <p>An adapter turns what it received into a {@link io.bcekit.auth.SignedRequest} (method,
 * raw path, raw query, headers: never the body, which bce-auth-v1 does not sign) and calls
 * {@link io.bcekit.auth.BceAuthVerifier#verify}; it gets a
 * {@link io.bcekit.auth.BcePrincipal} or a {@link io.bcekit.core.BceException} carrying
 * {@code InvalidHTTPAuthHeader}, {@code InvalidAccessKeyId}, {@code RequestExpired},
 * {@code InvalidURI}, {@code SignatureDoesNotMatch} or {@code AccessDenied}. Hostile input never
 * yields another exception type. Access keys come from a
 * {@link io.bcekit.auth.CredentialSource}; permissions from an optional
 * {@link io.bcekit.auth.Authorizer}. {@link io.bcekit.auth.BceAuthV1} exposes the
 * algorithm's steps (canonical forms, signing key, signature) the verifier is built from.
 */
package io.bcekit.auth;
