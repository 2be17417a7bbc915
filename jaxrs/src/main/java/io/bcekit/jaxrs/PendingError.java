package io.bcekit.jaxrs;

import io.bcekit.core.BceError;
import jakarta.ws.rs.core.Response;

/**
 * The entity of every response bcekit's exception mappers return: the translated error, not yet
 * bound to a request id. A mapper cannot see the request's properties, where the id lives (also
 * for an async response resumed on another thread); {@link RequestIdFilter}'s response side can,
 * and writes the envelope. That is why the mappers are not public: {@link BceFeature} registers
 * them only together with that filter.
 *
 * @param cause the failure, for the log
 */
record PendingError(BceError error, Throwable cause) {

    /** The mapper's response: the error's status, this as the entity. RequestIdFilter sets the headers. */
    static Response response(BceError error, Throwable cause) {
        return Response.status(error.httpStatus()).entity(new PendingError(error, cause)).build();
    }
}
