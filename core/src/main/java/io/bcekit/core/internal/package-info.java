/**
 * Plumbing shared by bcekit's own adapters (servlet, JAX-RS, container modules): not for
 * applications. Public only because the adapters live in other modules; anything here may change
 * without notice. Applications use {@code io.bcekit.core}, its catalogue, translation, config and
 * request-id packages, and the adapters' public types.
 */
package io.bcekit.core.internal;
