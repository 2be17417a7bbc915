/**
 * Plumbing shared by bcekit's own adapters: not for applications. Public only because the
 * adapters live in other modules; anything here may change without notice.
 */
package io.bcekit.auth.internal;
