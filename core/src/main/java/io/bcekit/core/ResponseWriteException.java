package io.bcekit.core;

import java.io.IOException;

/**
 * The response could not be sent: the client closed the connection or stopped reading.
 *
 * <p>The adapters throw it from the response's output stream in place of the container's own
 * exception (kept as the cause). Nothing can be answered any more, and it is no fault of the
 * service's: it is logged in one line at DEBUG, never at ERROR, however a handler wraps it.
 * Handlers that catch {@link IOException} see no difference.
 */
public final class ResponseWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    public ResponseWriteException(IOException cause) {
        super("Writing the response failed", cause);
    }

    /** {@code failure} as a refused write, wrapped once however many layers report it. */
    public static ResponseWriteException of(IOException failure) {
        return failure instanceof ResponseWriteException already ? already : new ResponseWriteException(failure);
    }

}
