package io.bcekit.jaxrs;

import io.bcekit.core.BceError;
import jakarta.ws.rs.core.Response;

/** Builds the response every bcekit exception mapper returns. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response pending(BceError error, Throwable cause) {
        Response.ResponseBuilder response = Response.status(error.httpStatus()).entity(new PendingError(error, cause));
        error.headers().forEach(response::header);
        return response.build();
    }
}
