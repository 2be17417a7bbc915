package io.bcekit.jaxrs;

import io.bcekit.core.BceError;

/**
 * The entity an exception mapper returns: the translated error, not yet bound to a request id.
 * Mappers cannot see request properties (where the id lives, even for async responses resumed on
 * another thread); {@link RequestIdFilter}'s response side can, and turns it into the envelope.
 *
 * @param cause the failure, for the log; null for a bare status
 */
record PendingError(BceError error, Throwable cause) {
}
