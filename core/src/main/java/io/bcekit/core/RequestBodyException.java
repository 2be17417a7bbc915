package io.bcekit.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeoutException;

/**
 * The request body could not be read as the client sent it: bad framing (a malformed chunk), an
 * end before the declared length, or a client that stopped sending until the read timed out.
 *
 * <p>The adapters throw it from the request's input stream in place of the container's own
 * exception (kept as the cause), so that whatever a handler or a JSON library wraps it in, the
 * translation table can tell a client's fault from the service's: it is {@code RequestTimeout}
 * (408) when the read timed out and {@code InvalidHTTPRequest} (400) otherwise, logged in one
 * line, never at ERROR. Handlers that catch {@link IOException} see no difference.
 */
public final class RequestBodyException extends IOException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CAUSES = 16;

    public RequestBodyException(IOException cause) {
        super("Reading the request body failed", cause);
    }

    /** {@code failure} as the client's body fault, wrapped once however many layers report it. */
    public static RequestBodyException of(IOException failure) {
        return failure instanceof RequestBodyException already ? already : new RequestBodyException(failure);
    }

    /** Whether the client stopped sending and the read timed out (a socket or idle timeout). */
    public boolean timedOut() {
        Throwable current = getCause();
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (current instanceof InterruptedIOException || current instanceof TimeoutException) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }
}
